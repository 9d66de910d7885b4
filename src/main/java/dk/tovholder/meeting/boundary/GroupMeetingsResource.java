package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.network.entity.Cadence;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** A group's meetings as JSON (a resource of its own, so that the network component need not know meetings). */
@Path("groups/{groupId}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GroupMeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    CurrentUser currentUser;

    /** The group's meetings between two days (default: from today three months ahead), without agendas. */
    @GET
    public List<MeetingView> list(@PathParam("groupId") long groupId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(Cadence.ZONE) : from;
        LocalDate end = to == null ? start.plusMonths(3) : to;
        return meetings.ofGroup(groupId, currentUser.caller(), start, end).stream()
                .map(m -> MeetingView.of(m, false)).toList();
    }
}
