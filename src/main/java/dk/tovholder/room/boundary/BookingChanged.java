package dk.tovholder.room.boundary;

import dk.tovholder.room.entity.BookingStatus;

/** Fired (CDI event) when a booking is made, decided, moved or cancelled; mail notifications observe it. */
public record BookingChanged(Long bookingId, BookingStatus status, Kind kind) {

    /** What happened. */
    public enum Kind { REQUESTED, CONFIRMED, REJECTED, CANCELLED, MOVED }
}
