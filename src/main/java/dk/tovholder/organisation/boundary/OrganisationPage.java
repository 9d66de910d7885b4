package dk.tovholder.organisation.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.CurrentCaller;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** organisation/view.xhtml: one organisation's profile, its people, its contact (with consent). */
@Named
@RequestScoped
public class OrganisationPage {

    @Inject
    Organisations organisations;

    @Inject
    CurrentCaller currentCaller;

    private Long id;
    private Organisation organisation;
    private List<Person> people;
    private Caller caller;

    public void load() {
        if (id == null) {
            ErrorResponses.send(404);
            return;
        }
        try {
            organisation = organisations.find(id);
            people = organisations.people(id);
            caller = currentCaller.caller();
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    public boolean isContactVisible() {
        return organisation.contactVisibleTo(caller.isAdmin(), caller.organisationId());
    }

    public boolean isMayEdit() {
        return organisations.mayEdit(caller, id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Person> getPeople() {
        return people;
    }
}
