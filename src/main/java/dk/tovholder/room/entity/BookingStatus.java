package dk.tovholder.room.entity;

/** A booking is either waiting for the owner's approval, confirmed, or no longer holds the room. */
public enum BookingStatus {
    PENDING, CONFIRMED, REJECTED, CANCELLED;

    /** Whether the booking still asks for or holds its time. */
    public boolean isActive() {
        return this == PENDING || this == CONFIRMED;
    }
}
