package dk.tovholder.experience.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** Creating an experience group (programme managers) or changing its description (its facilitator). */
@Named
@ViewScoped
public class ExperienceEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExperienceGroups groups;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long id;
    private long version;
    private ExperienceForm form;
    private transient List<Organisation> allOrganisations;
    private transient List<Person> people;

    public void load() {
        if (form != null) {
            return;
        }
        Caller caller = currentUser.caller();
        if (id == null) {
            if (!groups.mayCreate(caller)) {
                ErrorResponses.send(403);
                return;
            }
            form = new ExperienceForm();
            form.setOrganisationId(caller.organisationId());
            form.setFacilitatorId(caller.personId());
            return;
        }
        try {
            ExperienceGroup group = groups.find(id);
            if (!groups.mayFacilitate(group, caller)) {
                ErrorResponses.send(403);
                return;
            }
            version = group.getVersion();
            form = ExperienceForm.of(group);
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    public String save() {
        Caller caller = currentUser.caller();
        try {
            ExperienceGroup group = id == null ? groups.create(form, caller) : groups.update(id, version, form, caller);
            messages.info("experience.saved", group.getName());
            return "/experience/group?faces-redirect=true&id=" + group.getId();
        } catch (Refusal refusal) {
            messages.show(refusal, "experience");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public List<Organisation> getOrganisations() {
        if (allOrganisations == null) {
            allOrganisations = organisations.all();
        }
        return allOrganisations;
    }

    /** Who can facilitate: the people of every organisation, by name. */
    public List<Person> getPeople() {
        if (people == null) {
            people = organisations.people(getOrganisations().stream().map(Organisation::getId).toList()).values()
                    .stream().flatMap(List::stream).sorted(Comparator.comparing(Person::getName)).toList();
        }
        return people;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExperienceForm getForm() {
        return form;
    }
}
