package dk.tovholder.meeting.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.meeting.entity.ActionItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** The caller's own things: action items of their organisation. */
@Path("me/action-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<ActionView> actionItems() {
        LocalDate today = AppClock.today();
        return minutes.myActionItems(currentUser.caller()).stream().map(a -> ActionView.of(a, today)).toList();
    }

    /** An action item as the API shows it. */
    public record ActionView(Long id, Long groupId, Long meetingId, String what, Long responsibleOrganisationId,
            String responsibleOrganisation, String responsiblePerson, LocalDate dueDate, String status,
            boolean overdue, String doneNote) {
        static ActionView of(ActionItem a, LocalDate today) {
            return new ActionView(a.getId(), a.getGroupId(), a.getMeetingId(), a.getWhat(),
                    a.getResponsibleOrganisation().getId(), a.getResponsibleOrganisation().getName(),
                    a.getResponsiblePerson(), a.getDueDate(), a.getStatus().name(), a.isOverdue(today), a.getDoneNote());
        }
    }
}
