package dk.tovholder.network.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My duties": meetings where my organisation holds the coordinator duty, with the checklist. */
@Named
@ViewScoped
public class DutiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DutyChecklists checklists;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private List<MeetingDuty> duties;

    public List<MeetingDuty> getDuties() {
        if (duties == null) {
            duties = checklists.myDuties(currentUser.caller());
        }
        return duties;
    }

    public String toggle(MeetingDuty duty, DutyItem item) {
        try {
            checklists.check(duty.groupId(), duty.day(), item, !duty.isDone(item), currentUser.caller());
            messages.info("duties.saved");
            return "/network/duties?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public DutyItem[] getItems() {
        return DutyItem.values();
    }
}
