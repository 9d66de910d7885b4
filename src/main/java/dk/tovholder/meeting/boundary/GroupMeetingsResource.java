package dk.tovholder.meeting.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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

    @Context
    UriInfo uri;

    /** A one-off meeting to schedule: title, day, start (HH:mm), length in minutes, and optionally a place. */
    public record ScheduleForm(@NotBlank @Size(max = 200) String title, @NotNull LocalDate day, @NotNull String start,
            int minutes, String place) {
    }

    /** The group's meetings between two days (default: from today three months ahead), without agendas. */
    @GET
    public List<MeetingView> list(@PathParam("groupId") long groupId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? AppClock.today() : from;
        LocalDate end = to == null ? start.plusMonths(3) : to;
        return meetings.ofGroup(groupId, currentUser.caller(), start, end).stream()
                .map(m -> MeetingView.of(m, false)).toList();
    }

    /** Schedules a one-off meeting of the group outside its rhythm (those who manage the group). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("groupId") long groupId, @NotNull @Valid ScheduleForm form) {
        LocalTime start;
        try {
            start = LocalTime.parse(form.start().strip());
        } catch (DateTimeParseException e) {
            throw Refusal.onField("start", "api.time.invalid", form.start());
        }
        var meeting = meetings.schedule(groupId, form.title().strip(), form.day(), start,
                form.minutes() == 0 ? 60 : form.minutes(), form.place(), currentUser.caller());
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(String.valueOf(meeting.getId())).build())
                .entity(MeetingView.of(meeting, true)).build();
    }
}
