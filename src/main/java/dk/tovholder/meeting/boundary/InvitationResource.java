package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;

/** "Send indkaldelse" over the API: the meeting's invitation to the group's participants. */
@Path("meetings/{id}/invitation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    Invitations invitations;

    @Inject
    CurrentUser currentUser;

    /** What sending did: when, whether it was sent again, to how many, and the meeting's new version. */
    public record SentView(Long meetingId, OffsetDateTime sentAt, boolean again, int recipients, long version) {
    }

    /**
     * Sends the invitation (those who may edit the meeting). Send the
     * meeting's {@code version} as you last read it; a concurrent change, a
     * cancelled meeting or one that has started answer 409.
     */
    @POST
    public SentView send(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        Invitations.Sent sent = invitations.send(id, version, currentUser.caller());
        return new SentView(sent.meeting().getId(), MeetingView.local(sent.meeting().getInvitationSentAt()),
                sent.again(), sent.recipients(), sent.meeting().getVersion());
    }
}
