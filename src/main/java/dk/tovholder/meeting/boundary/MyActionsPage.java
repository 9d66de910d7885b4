package dk.tovholder.meeting.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "My action items": what my organisation has promised, across all groups; overdue ones marked. */
@Named
@ViewScoped
public class MyActionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private transient List<ActionItem> list;
    private final Map<Long, String> doneNotes = new HashMap<>();

    public List<ActionItem> getActions() {
        if (list == null) {
            list = minutes.myActionItems(currentUser.caller());
        }
        return list;
    }

    public boolean isOverdue(ActionItem action) {
        return action.isOverdue(AppClock.today());
    }

    public String markDone(Long actionId) {
        try {
            minutes.markDone(actionId, doneNotes.get(actionId), currentUser.caller());
            messages.info("action.done");
            return "/meeting/actions?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            list = null;
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public Map<Long, String> getDoneNotes() {
        return doneNotes;
    }
}
