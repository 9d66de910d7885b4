package dk.tovholder.room.boundary;

import dk.tovholder.api.ApiLanguage;
import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.Messages;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.entity.Booking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Bookings as JSON. A taken slot answers 409 with the free alternatives as
 * the problem's {@code alternatives} member.
 */
@Path("bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    @Inject
    Bookings bookings;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** Books one time: 201 with the booking, whose status is PENDING when it waits for the owner's approval. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@NotNull @Valid BookingRequest request) {
        if (request.getRepeat() != null) {
            throw Refusal.onField("repeat", "booking.series.useSeries");
        }
        Caller caller = currentUser.caller();
        Booking booking = bookings.book(request, caller).get(0);
        return Response.created(uri.getBaseUriBuilder().path("bookings").path(String.valueOf(booking.getId())).build())
                .entity(view(booking, caller)).build();
    }

    /** Books every date of a recurring request (or only the free ones with {@code skipConflicts}). */
    @POST
    @Path("series")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bookSeries(@NotNull @Valid BookingRequest request) {
        if (request.getRepeat() == null) {
            throw Refusal.onField("repeat", "booking.series.rule");
        }
        Caller caller = currentUser.caller();
        List<BookingView> made = bookings.book(request, caller).stream().map(b -> view(b, caller)).toList();
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    /** The per-date report of a (recurring) request before it is saved: free, or why not. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DateReport> preview(@NotNull @Valid BookingRequest request) {
        Locale locale = ApiLanguage.of(headers);
        return bookings.preview(request, currentUser.caller()).stream()
                .map(d -> new DateReport(d.day(), d.isFree(),
                        d.isFree() ? null : Messages.get(locale, d.problem().messageKey(), d.problem().arguments())))
                .toList();
    }

    /** One date of the report: free, or the reason it is not. */
    public record DateReport(LocalDate day, boolean free, String problem) {
    }

    @GET
    @Path("{id}")
    public BookingView get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        return view(bookings.find(id, caller), caller);
    }

    /** My organisation's bookings, from a month ago on. */
    @GET
    @Path("mine")
    public List<BookingView> mine() {
        Caller caller = currentUser.caller();
        return bookings.mine(caller).stream().map(b -> view(b, caller)).toList();
    }

    /** Requests waiting for my organisation's approval. */
    @GET
    @Path("pending")
    public List<BookingView> pending() {
        Caller caller = currentUser.caller();
        return bookings.pending(caller).stream().map(b -> view(b, caller)).toList();
    }

    /**
     * Cancels the booking (scope THIS), or with it the following dates or all
     * coming dates of its recurring booking. Answers the cancelled bookings.
     */
    @DELETE
    @Path("{id}")
    public List<BookingView> cancel(@PathParam("id") long id, @QueryParam("version") Long version,
            @QueryParam("scope") @DefaultValue("THIS") CancelScope scope, @QueryParam("reason") String reason) {
        Caller caller = currentUser.caller();
        long seen = version != null ? version : bookings.find(id, caller).getVersion();
        return bookings.cancel(id, seen, scope, reason, caller).stream().map(b -> view(b, caller)).toList();
    }

    /** Gives one booking (a date of a recurring one, too) a new time on {@code day} from {@code start} to {@code end}. */
    @POST
    @Path("{id}/move")
    public BookingView move(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @QueryParam("day") @NotNull LocalDate day, @QueryParam("start") @NotNull String start,
            @QueryParam("end") @NotNull String end) {
        Caller caller = currentUser.caller();
        return view(bookings.move(id, version, day, RoomsResource.time("start", start), RoomsResource.time("end", end),
                caller), caller);
    }

    @POST
    @Path("{id}/approve")
    public BookingView approve(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        Caller caller = currentUser.caller();
        return view(bookings.approve(id, version, caller), caller);
    }

    @POST
    @Path("{id}/reject")
    public BookingView reject(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @QueryParam("reason") String reason) {
        Caller caller = currentUser.caller();
        return view(bookings.reject(id, version, reason, caller), caller);
    }

    private BookingView view(Booking b, Caller caller) {
        return BookingView.of(b, bookings.maySeePurpose(b, caller), bookings.mayChange(b, caller));
    }
}
