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
    /** The version the form was filled from: a save over someone else's newer one is refused. */
    private long version;
    private OrganisationForm form;

    public void load() {
        if (form != null) {
            return; // a postback of this view
        }
        if (id == null) {
            if (!currentCaller.caller().isAdmin()) {
                ErrorResponses.send(403);
                return;
            }
            form = new OrganisationForm();
            return;
        }
        try {
            Organisation found = organisations.find(id);
            if (!organisations.mayEdit(currentCaller.caller(), id)) {
                ErrorResponses.send(403);
                return;
            }
            version = found.getVersion();
            form = OrganisationForm.of(found);
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    public String save() {
        try {
            Organisation saved = id == null ? organisations.create(form, currentCaller.caller())
                    : organisations.update(id, version, form, currentCaller.caller());
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

    public boolean isNew() {
        return id == null;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public CollaborationValue[] getValues() {
        return CollaborationValue.values();
    }
}
