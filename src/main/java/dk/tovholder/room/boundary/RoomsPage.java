package dk.tovholder.room.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Interval;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.Facility;
import dk.tovholder.room.entity.Room;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The rooms of the network and "find a free room". Opened from a meeting
 * ({@code ?meeting=}), it searches for the meeting's time at once and books
 * for the meeting: two clicks from the meeting page.
 */
@Named
@ViewScoped
public class RoomsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rooms rooms;

    @Inject
    Bookings bookings;

    @Inject
    Meetings meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long meetingId;
    private String meetingTitle;
    private RoomQuery query = new RoomQuery();
    private String purpose;
    /** The number of people typed, empty until then (an empty field searches for any size). */
    private Integer people;
    private FreeRooms result;
    private transient List<Room> all;

    public void load() {
        if (query.getDay() != null) {
            return; // a postback
        }
        Caller caller = currentUser.caller();
        if (meetingId != null) {
            try {
                Meeting meeting = meetings.find(meetingId, caller);
                ZonedDateTime start = meeting.getStartsAt().atZone(BookingRules.ZONE);
                query.setDay(start.toLocalDate());
                query.setStart(start.toLocalTime());
                query.setEnd(meeting.getEndsAt().atZone(BookingRules.ZONE).toLocalTime());
                people = Math.max(1, meetings.groupOf(meeting, caller).getMembers().size()
                        + meetings.groupOf(meeting, caller).getParticipants().size());
                meetingTitle = meeting.getTitle();
                purpose = meeting.getTitle();
                search();
                return;
            } catch (Refusal notYours) {
                meetingId = null;
            }
        }
        query.setDay(AppClock.today().plusDays(1));
        query.setStart(LocalTime.of(10, 0));
        query.setEnd(LocalTime.of(12, 0));
    }

    public void search() {
        query.setPeople(people == null ? 1 : people);
        try {
            result = rooms.findFree(query, currentUser.caller());
        } catch (Refusal refusal) {
            result = null;
            messages.show(refusal, "find");
        } catch (ConstraintViolationException invalid) {
            result = null;
            messages.show(invalid, "find");
        }
    }

    /** Books the room for the searched time (or one of its nearby free slots). */
    public String book(Long roomId, LocalDate day, LocalTime start, LocalTime end) {
        BookingRequest request = new BookingRequest(roomId, day, start, end, query.getPeople(), purpose);
        request.setMeetingId(meetingId);
        try {
            Booking booking = bookings.book(request, currentUser.caller()).get(0);
            messages.info(booking.getStatus() == BookingStatus.PENDING ? "booking.requested" : "booking.done",
                    booking.getRoom().getName(), BookingRules.format(
                            new Interval(booking.getStartsAt(), booking.getEndsAt())));
            return meetingId != null ? "/meeting/meeting?faces-redirect=true&id=" + meetingId
                    : "/room/bookings?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, "find");
            search();
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, "find");
            return null;
        }
    }

    public List<Room> getAll() {
        if (all == null) {
            all = rooms.all();
        }
        return all;
    }

    public Facility[] getFacilityChoices() {
        return Facility.values();
    }

    public boolean isMayBook() {
        return rooms.mayBook(currentUser.caller());
    }

    public boolean isMayCreate() {
        Caller caller = currentUser.caller();
        return caller.organisationId() != null && rooms.mayManageRoomsOf(caller.organisationId(), caller);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public RoomQuery getQuery() {
        return query;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }

    public FreeRooms getResult() {
        return result;
    }
}
