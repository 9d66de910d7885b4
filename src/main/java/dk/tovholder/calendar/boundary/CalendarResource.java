package dk.tovholder.calendar.boundary;

import dk.tovholder.api.ApiLanguage;
import dk.tovholder.calendar.control.IcsWriter;
import dk.tovholder.calendar.entity.CalendarFeed;
import dk.tovholder.calendar.entity.FeedKind;
import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** "Add to calendar" files, and my calendar subscriptions (create, list, revoke). */
@Path("calendar")
@RequestScoped
public class CalendarResource {

    @Inject
    Calendars calendars;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    @Path("meetings/{id: [0-9]+}.ics")
    @Produces(IcsWriter.MEDIA_TYPE)
    public Response meeting(@PathParam("id") long id) {
        return ics(calendars.meetingIcs(id, currentUser.caller()), "meeting-" + id);
    }

    @GET
    @Path("bookings/{id: [0-9]+}.ics")
    @Produces(IcsWriter.MEDIA_TYPE)
    public Response booking(@PathParam("id") long id) {
        return ics(calendars.bookingIcs(id, currentUser.caller()), "booking-" + id);
    }

    private static Response ics(String body, String name) {
        return Response.ok(body, IcsWriter.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".ics\"").build();
    }

    /** A subscription as the API shows it: what it shows and its secret address. */
    public record FeedView(Long id, String kind, Long targetId, String title, String url, String webcal) {
    }

    @GET
    @Path("feeds")
    @Produces(MediaType.APPLICATION_JSON)
    public List<FeedView> feeds() {
        return calendars.feedsOf(currentUser.caller()).stream().map(this::view).toList();
    }

    /**
     * A subscription: {@code kind} PERSON, GROUP (with {@code target} the group) or ROOM (the room). One per kind
     * and target: 201 Created with a new one, 200 OK with the one the caller already has.
     */
    @POST
    @Path("feeds")
    @Produces(MediaType.APPLICATION_JSON)
    public Response subscribe(@QueryParam("kind") @NotNull FeedKind kind, @QueryParam("target") Long target) {
        Caller caller = currentUser.caller();
        Calendars.Subscription subscription = calendars.subscribe(kind, target, caller);
        return Response.status(subscription.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(view(subscription.feed())).build();
    }

    @DELETE
    @Path("feeds/{id}")
    public Response revoke(@PathParam("id") long id) {
        calendars.revoke(id, currentUser.caller());
        return Response.noContent().build();
    }

    private FeedView view(CalendarFeed feed) {
        return new FeedView(feed.getId(), feed.getKind().name(), feed.getTargetId(),
                calendars.describe(feed, ApiLanguage.of(headers)), calendars.addressOf(feed),
                calendars.webcalOf(feed));
    }
}
