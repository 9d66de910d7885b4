package dk.tovholder.room.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.identity.entity.Caller;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.Room;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The day at a glance for a room owner: its rooms down, the hours across, each booking where it lies. */
@Named
@ViewScoped
public class DayPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 22;

    @Inject
    Bookings bookings;

    @Inject
    Rooms rooms;

    @Inject
    CurrentUser currentUser;

    private LocalDate date;
    private Long owner;
    private transient List<Row> rows;

    /** One room's hours: per hour the booking holding (part of) it, or null. */
    public record Row(Room room, List<Booking> hours) {
    }

    public void load() {
        Caller caller = currentUser.caller();
        if (owner == null) {
            owner = caller.organisationId();
        }
        if (owner == null || !rooms.mayManageRoomsOf(owner, caller)) {
            ErrorResponses.send(403);
            return;
        }
        if (date == null) {
            date = LocalDate.now(BookingRules.ZONE);
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (Map.Entry<Room, List<Booking>> e : bookings.day(owner, date).entrySet()) {
                List<Booking> hours = new ArrayList<>();
                for (int h : getHours()) {
                    Instant from = date.atTime(h, 0).atZone(BookingRules.ZONE).toInstant();
                    Instant to = from.plusSeconds(3600);
                    hours.add(e.getValue().stream()
                            .filter(b -> b.getStartsAt().isBefore(to) && b.getEndsAt().isAfter(from))
                            .findFirst().orElse(null));
                }
                rows.add(new Row(e.getKey(), hours));
            }
        }
        return rows;
    }

    public List<Integer> getHours() {
        return IntStream.rangeClosed(FIRST_HOUR, LAST_HOUR).boxed().toList();
    }

    public boolean maySeePurpose(Booking booking) {
        return bookings.maySeePurpose(booking, currentUser.caller());
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getOwner() {
        return owner;
    }

    public void setOwner(Long owner) {
        this.owner = owner;
    }
}
