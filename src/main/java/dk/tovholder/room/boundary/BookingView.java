package dk.tovholder.room.boundary;

import dk.tovholder.room.entity.Booking;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A booking as the API shows it, times in Copenhagen with their offset. The
 * purpose is left out when it is private and the caller is neither of the
 * booking organisation nor managing the room.
 */
public record BookingView(Long id, long version, Long roomId, String room, Long organisationId, String organisation,
        String purpose, int people, OffsetDateTime start, OffsetDateTime end, String status, String reason,
        Long supersededBy, Long meetingId, Long seriesId, LocalDate seriesDate, boolean mayChange) {

    public static BookingView of(Booking b, boolean seePurpose, boolean mayChange) {
        return new BookingView(b.getId(), b.getVersion(), b.getRoom().getId(), b.getRoom().getName(),
                b.getOrganisation().getId(), b.getOrganisation().getName(), seePurpose ? b.getPurpose() : null,
                b.getPeople(), RoomView.local(b.getStartsAt()), RoomView.local(b.getEndsAt()), b.getStatus().name(),
                seePurpose ? b.getReason() : null, b.getSupersededBy(), b.getMeetingId(), b.getSeriesId(),
                b.getSeriesDate(), mayChange);
    }
}
