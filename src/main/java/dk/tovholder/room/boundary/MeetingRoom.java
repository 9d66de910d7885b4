package dk.tovholder.room.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.room.entity.Booking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The room booked for a meeting, for the meeting page (which links here to book one). */
@Named
@RequestScoped
public class MeetingRoom {

    @Inject
    Bookings bookings;

    @Inject
    Rooms rooms;

    @Inject
    CurrentUser currentUser;

    private List<Booking> booked;

    /** The meeting's pending and confirmed bookings (looked up once per request). */
    public List<Booking> of(Long meetingId) {
        if (booked == null) {
            booked = meetingId == null ? List.of() : bookings.ofMeeting(meetingId);
        }
        return booked;
    }

    public boolean mayBook() {
        return rooms.mayBook(currentUser.caller());
    }
}
