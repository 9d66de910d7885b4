package dk.tovholder.room.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.entity.Facility;
import dk.tovholder.room.entity.Room;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.EnumSet;
import java.util.List;

/** Rooms, their bookings, and "find a free room" as JSON. */
@Path("rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoomsResource {

    /** The longest period one calendar request may ask for. */
    static final int MAX_DAYS = 92;

    @Inject
    Rooms rooms;

    @Inject
    Bookings bookings;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @GET
    public List<RoomView> all() {
        Caller caller = currentUser.caller();
        return rooms.all().stream().map(r -> RoomView.of(r, rooms.mayManage(r, caller))).toList();
    }

    @GET
    @Path("{id}")
    public RoomView get(@PathParam("id") long id) {
        Room room = rooms.find(id);
        return RoomView.of(room, rooms.mayManage(room, currentUser.caller()));
    }

    /** A new room of the organisation {@code owner}; the caller must manage that organisation's rooms. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam("owner") @NotNull Long owner, @NotNull @Valid RoomForm form) {
        Caller caller = currentUser.caller();
        Room room = rooms.create(owner, form, caller);
        return Response.created(uri.getBaseUriBuilder().path("rooms").path(String.valueOf(room.getId())).build())
                .entity(RoomView.of(room, true)).build();
    }

    /** Saves the owner's edit of the room seen at {@code version}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoomView update(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @NotNull @Valid RoomForm form) {
        return RoomView.of(rooms.update(id, version, form, currentUser.caller()), true);
    }

    /** The room's pending and confirmed bookings between two dates (default: this week and the next). */
    @GET
    @Path("{id}/bookings")
    public List<BookingView> bookings(@PathParam("id") long id, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        LocalDate first = from != null ? from : AppClock.today();
        LocalDate last = to != null ? to : first.plusDays(14);
        if (!last.isAfter(first)) {
            throw Refusal.onField("to", "api.period.order");
        }
        if (last.isAfter(first.plusDays(MAX_DAYS))) {
            throw Refusal.onField("to", "api.period.tooLong", MAX_DAYS);
        }
        Caller caller = currentUser.caller();
        return bookings.ofRoom(id, first.atStartOfDay(BookingRules.ZONE).toInstant(),
                last.atStartOfDay(BookingRules.ZONE).toInstant()).stream()
                .map(b -> BookingView.of(b, bookings.maySeePurpose(b, caller), bookings.mayChange(b, caller)))
                .toList();
    }

    /** Rooms free on {@code day} from {@code start} to {@code end} for {@code people}, with the facilities. */
    @GET
    @Path("free")
    public FreeView free(@QueryParam("day") @NotNull LocalDate day, @QueryParam("start") @NotNull String start,
            @QueryParam("end") @NotNull String end, @QueryParam("people") Integer people,
            @QueryParam("facility") List<Facility> facilities) {
        RoomQuery query = new RoomQuery(day, time("start", start), time("end", end), people == null ? 1 : people,
                facilities == null || facilities.isEmpty() ? EnumSet.noneOf(Facility.class) : EnumSet.copyOf(facilities));
        Caller caller = currentUser.caller();
        FreeRooms found = rooms.findFree(query, caller);
        return new FreeView(found.free().stream().map(r -> RoomView.of(r, rooms.mayManage(r, caller))).toList(),
                found.taken().stream().map(t -> new FreeView.Taken(t.room().getId(), t.room().getName(), t.slots()))
                        .toList());
    }

    /** The free rooms, and the taken ones with their nearest free slots. */
    public record FreeView(List<RoomView> free, List<Taken> taken) {

        public record Taken(Long roomId, String room, List<Alternative> slots) {
        }
    }

    static LocalTime time(String name, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.onField(name, "api.time.invalid", value);
        }
    }

}
