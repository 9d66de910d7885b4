package dk.tovholder.collaboration.boundary;

import dk.tovholder.collaboration.entity.Collaboration;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The map page's part for recording collaborations: the caller's
 * organisation's recorded ones (with removal) and the form for a new one.
 */
@Named
@ViewScoped
public class CollaborationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkMap map;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private final CollaborationForm form = new CollaborationForm();
    private List<Collaboration> recorded;
    private List<Organisation> partners;

    public boolean isMayRecord() {
        return currentUser.caller().organisationId() != null;
    }

    public List<Collaboration> getRecorded() {
        if (recorded == null) {
            Long own = currentUser.caller().organisationId();
            recorded = own == null ? List.of() : map.recordedOf(own);
        }
        return recorded;
    }

    public List<Organisation> getPartners() {
        if (partners == null) {
            Long own = currentUser.caller().organisationId();
            partners = organisations.all().stream().filter(o -> !o.getId().equals(own)).toList();
        }
        return partners;
    }

    public String partnerOf(Collaboration collaboration) {
        Long own = currentUser.caller().organisationId();
        return collaboration.getFirst().getId().equals(own) ? collaboration.getSecond().getName()
                : collaboration.getFirst().getName();
    }

    public String record() {
        try {
            Collaboration saved = map.record(form, currentUser.caller());
            messages.info("collaboration.recorded", partnerOf(saved));
            return "/collaboration/map?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, "record");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public String remove(Collaboration collaboration) {
        try {
            map.remove(collaboration.getId(), collaboration.getVersion(), currentUser.caller());
            messages.info("collaboration.removed", partnerOf(collaboration));
            return "/collaboration/map?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public CollaborationForm getForm() {
        return form;
    }

    public CollaborationKind[] getRecordableKinds() {
        return Arrays.stream(CollaborationKind.values()).filter(CollaborationKind::isRecordable)
                .toArray(CollaborationKind[]::new);
    }
}
