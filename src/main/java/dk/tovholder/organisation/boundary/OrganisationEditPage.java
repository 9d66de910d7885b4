package dk.tovholder.organisation.boundary;

import dk.tovholder.caller.CurrentCaller;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Set;

/**
 * organisation/edit.xhtml: create (administrators; no id) or edit (the
 * organisation's own people and administrators). Others get 403 before any
 * form is shown.
 */
@Named
@ViewScoped
public class OrganisationEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    private Long id;
    private Organisation organisation;

    public void load() {
        if (organisation != null) {
            return; // a postback of this view
        }
        if (id == null) {
            if (!currentCaller.caller().isAdmin()) {
                ErrorResponses.send(403);
                return;
            }
            organisation = Organisation.blank();
            return;
        }
        try {
            Organisation found = organisations.find(id);
            if (!organisations.mayEdit(currentCaller.caller(), id)) {
                ErrorResponses.send(403);
                return;
            }
            organisation = found;
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    public String save() {
        try {
            Organisation saved = organisations.save(organisation, currentCaller.caller());
            messages.info("organisation.saved", saved.getName());
            return "/organisation/view?faces-redirect=true&id=" + saved.getId();
        } catch (Refusal refusal) {
            messages.show(refusal, "edit");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
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

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    /** As an array, so that JSF converts the checkboxes to enum constants. */
    public CollaborationValue[] getSelectedValues() {
        return organisation.getValues().toArray(CollaborationValue[]::new);
    }

    public void setSelectedValues(CollaborationValue[] selected) {
        organisation.setValues(selected == null ? Set.of() : Set.of(selected));
    }

    public CollaborationValue[] getValues() {
        return CollaborationValue.values();
    }
}
