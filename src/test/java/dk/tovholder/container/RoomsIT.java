package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.language.ValidationText;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.room.boundary.BookingRequest;
import dk.tovholder.room.boundary.Bookings;
import dk.tovholder.room.boundary.CancelScope;
import dk.tovholder.room.boundary.Rooms;
import dk.tovholder.room.boundary.SlotTaken;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Overlaps;
import dk.tovholder.room.entity.BlockedPeriod;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.Room;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking inside the server: concurrent requests for one slot (the database
 * decides), the meeting link (a booking follows its meeting or the move is
 * refused; a cancelled meeting releases its room), and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class RoomsIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    private static final int PARALLEL = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    Bookings bookings;

    @Inject
    Meetings meetings;

    @Inject
    Rooms roomService;

    @Inject
    RoomTestData rooms;

    @Inject
    MeetingTestData meetingData;

    @Inject
    NetworkTestData people;

    private Caller booker() {
        return people.callerFor("Jonas Berg", Role.BOOKER);
    }

    private Caller coordinator() {
        return people.callerFor("Mette Holm", Role.COORDINATOR);
    }

    /** A weekday well after the demo's bookings (which reach two months ahead). */
    private static LocalDate freeWeekday(int weeksAhead, DayOfWeek day) {
        return AppClock.today().plusWeeks(weeksAhead).with(TemporalAdjusters.nextOrSame(day));
    }

    @Test
    void twentyRequestsAtOnceForOneFreeSlotMakeExactlyOneBookingEveryTime() throws Exception {
        Long room = rooms.roomId("Mødelokale 2");
        for (int round = 0; round < 10; round++) {
            LocalDate day = freeWeekday(20 + round, DayOfWeek.WEDNESDAY);
            BookingRequest request = new BookingRequest(room, day, LocalTime.of(13, 0), LocalTime.of(14, 30), 6,
                    "Samtidig booking " + round);
            List<Throwable> outcomes = rooms.bookAtOnce(request, booker(), PARALLEL);

            String summary = "round " + round + ": " + outcomes.stream()
                    .map(o -> o == null ? "booked" : o.getClass().getSimpleName()).toList();
            assertEquals(1, outcomes.stream().filter(Objects::isNull).count(), summary);
            outcomes.stream().filter(Objects::nonNull).forEach(refused -> {
                assertTrue(refused instanceof SlotTaken, "a conflict, not " + refused);
                assertFalse(((SlotTaken) refused).alternatives().isEmpty(), "the refusal names free alternatives");
            });
            assertEquals(1, rooms.activeOn(room, day), "one booking stored on " + day);
        }
    }

    @Test
    void onPostgreSqlTheDatabaseItselfRefusesAnOverlappingConfirmedBooking() {
        if (!rooms.databaseProduct().contains("PostgreSQL")) {
            // the exclusion constraint is PostgreSQL's (V23); on H2 the room's row lock is the only guard.
            // (Arquillian's in-container runner reports a JUnit assumption as an error, so no assumeTrue.)
            return;
        }
        Long room = rooms.roomId("Mødelokale 2");
        LocalDate day = freeWeekday(40, DayOfWeek.THURSDAY);
        Booking booking = bookings.book(new BookingRequest(room, day, LocalTime.of(9, 0), LocalTime.of(10, 0), 4,
                "Dobbeltbooking forbi låsen"), booker()).get(0);
        assertEquals(BookingStatus.CONFIRMED, booking.getStatus());

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> rooms.insertConfirmedCopy(booking.getId(), -booking.getId(), 30));
        assertTrue(Overlaps.refusedBy(refused), "refused by booking_no_overlap, not " + refused);
        assertEquals(1, rooms.activeOn(room, day), "nothing of the refused insert is stored");

        // half-open ranges: a booking may start when the other ends
        rooms.insertConfirmedCopy(booking.getId(), -booking.getId(), 60);
        assertEquals(2, rooms.activeOn(room, day));
    }

    @Test
    void aMovedMeetingTakesItsRoomAlongAndACancelledOneReleasesIt() {
        Long group = meetingData.groupId(NETWORK_GROUP);
        Meeting meeting = comingMeeting(group, 8);
        ZonedDateTime start = meeting.getStartsAt().atZone(BookingRules.ZONE);
        ZonedDateTime end = meeting.getEndsAt().atZone(BookingRules.ZONE);
        Long projectRoom = rooms.roomId("Projektlokalet");
        BookingRequest request = new BookingRequest(projectRoom, start.toLocalDate(), start.toLocalTime(),
                end.toLocalTime(), 10, "Netværksmøde");
        request.setMeetingId(meeting.getId());

        Booking booking = bookings.book(request, coordinator()).get(0);
        assertEquals(BookingStatus.CONFIRMED, booking.getStatus());
        assertTrue(rooms.roomTicked(group, start.toLocalDate()), "the duty checklist's 'room booked' ticks itself");
        assertEquals(meeting.getId(), bookings.ofMeeting(meeting.getId()).get(0).getMeetingId());

        int minutes = (int) Duration.between(start, end).toMinutes();
        Meeting moved = meetings.change(meeting.getId(), meetingData.meeting(meeting.getId()).getVersion(),
                start.toLocalDate(), start.toLocalTime().plusHours(1), minutes, meeting.getPlace(), Meetings.Scope.THIS,
                coordinator());
        Booking followed = rooms.booking(booking.getId());
        assertEquals(moved.getStartsAt(), followed.getStartsAt(), "the booking moved with the meeting");
        assertEquals(moved.getEndsAt(), followed.getEndsAt());

        // someone else takes the room two hours later; moving the meeting there is refused, nothing changes
        LocalTime later = start.toLocalTime().plusHours(4);
        bookings.book(new BookingRequest(projectRoom, start.toLocalDate(), later, later.plusHours(1), 4, "Andet møde"),
                booker());
        long version = meetingData.meeting(meeting.getId()).getVersion();
        Conflict refused = assertThrows(Conflict.class, () -> meetings.change(meeting.getId(), version,
                start.toLocalDate(), later, minutes, meeting.getPlace(), Meetings.Scope.THIS, coordinator()));
        assertTrue(refused.messageKey().startsWith("meeting.room.taken"), refused.messageKey());
        assertEquals(moved.getStartsAt(), meetingData.meeting(meeting.getId()).getStartsAt(), "the meeting stays");
        assertEquals(moved.getStartsAt(), rooms.booking(booking.getId()).getStartsAt(), "the booking stays");

        meetings.cancel(meeting.getId(), meetingData.meeting(meeting.getId()).getVersion(), "Aflyst", coordinator());
        assertEquals(BookingStatus.CANCELLED, rooms.booking(booking.getId()).getStatus(), "the room is released");
    }

    @Test
    void onlyThoseWithBookingRightsBookAndOnlyTheBookerOrOwnerCancels() {
        Long room = rooms.roomId("Projektlokalet");
        LocalDate day = freeWeekday(16, DayOfWeek.THURSDAY);
        Caller amina = people.callerFor("Amina Yusuf");
        BookingRequest request = new BookingRequest(room, day, LocalTime.of(10, 0), LocalTime.of(11, 0), 4, "Møde");
        assertThrows(Forbidden.class, () -> bookings.book(request, amina), "a participant without booking rights");
        assertEquals(0, rooms.activeOn(room, day));

        Booking mine = bookings.book(request, coordinator()).get(0);
        Caller otherOrganisation = booker();
        assertThrows(Forbidden.class, () -> bookings.cancel(mine.getId(), mine.getVersion(), CancelScope.THIS, null,
                otherOrganisation), "another organisation cannot cancel it");
        assertEquals(BookingStatus.CONFIRMED, rooms.booking(mine.getId()).getStatus());

        // the programme owns Projektlokalet: its coordinator cancels; so could the booker's own organisation
        List<Booking> cancelled = bookings.cancel(mine.getId(), mine.getVersion(), CancelScope.THIS, "Flyttet",
                coordinator());
        assertEquals(1, cancelled.size());
        assertEquals(BookingStatus.CANCELLED, rooms.booking(mine.getId()).getStatus());
    }

    @Test
    void confirmingARequestRejectsTheOverlappingOnesAndOnlyTheOwnerDecides() {
        Long hall = rooms.roomId("Store sal");
        LocalDate day = freeWeekday(18, DayOfWeek.TUESDAY);
        Booking first = bookings.book(new BookingRequest(hall, day, LocalTime.of(10, 0), LocalTime.of(12, 0), 20,
                "Temadag"), coordinator()).get(0);
        Booking second = bookings.book(new BookingRequest(hall, day, LocalTime.of(11, 0), LocalTime.of(13, 0), 20,
                "Workshop"), coordinator()).get(0);
        Booking apart = bookings.book(new BookingRequest(hall, day, LocalTime.of(15, 0), LocalTime.of(16, 0), 20,
                "Eftermiddag"), coordinator()).get(0);
        assertEquals(BookingStatus.PENDING, first.getStatus(), "the hall needs the owner's approval");
        assertEquals(BookingStatus.PENDING, second.getStatus(), "pending requests may overlap");

        assertThrows(Forbidden.class, () -> bookings.approve(first.getId(), first.getVersion(), coordinator()));
        bookings.approve(first.getId(), first.getVersion(), booker());

        assertEquals(BookingStatus.CONFIRMED, rooms.booking(first.getId()).getStatus());
        Booking rejected = rooms.booking(second.getId());
        assertEquals(BookingStatus.REJECTED, rejected.getStatus(), "the overlapping request is rejected");
        assertEquals(first.getId(), rejected.getSupersededBy());
        assertEquals(BookingStatus.PENDING, rooms.booking(apart.getId()).getStatus(), "a request at another time waits");
        assertNull(rooms.booking(apart.getId()).getSupersededBy());

        Booking waiting = rooms.booking(apart.getId());
        for (String reason : new String[] {null, "  ", "x".repeat(Booking.REASON_MAX + 1)}) {
            ConstraintViolation<?> refused = assertThrows(ConstraintViolationException.class,
                    () -> bookings.reject(waiting.getId(), waiting.getVersion(), reason, booker()))
                    .getConstraintViolations().iterator().next();
            assertEquals("reason", ValidationText.field(refused));
            assertEquals(reason == null || reason.isBlank() ? "{booking.reject.reason}" : "{booking.reason.tooLong}",
                    refused.getMessageTemplate());
            assertEquals(waiting.getVersion(), rooms.booking(apart.getId()).getVersion(), "a refused rejection stores nothing");
        }
        bookings.reject(waiting.getId(), waiting.getVersion(), " Salen er lukket om eftermiddagen ", booker());
        Booking rejectedApart = rooms.booking(apart.getId());
        assertEquals(BookingStatus.REJECTED, rejectedApart.getStatus());
        assertEquals("Salen er lukket om eftermiddagen", rejectedApart.getReason());
    }

    @Test
    void aRoomIsBlockedOnlyWithAReasonThatFitsAndARefusalStoresNothing() {
        Long roomId = rooms.roomId("Mødelokale 2");
        LocalDate from = freeWeekday(60, DayOfWeek.MONDAY);
        Room before = roomService.find(roomId);
        for (String reason : new String[] {null, " ", "x".repeat(BlockedPeriod.REASON_MAX + 1)}) {
            ConstraintViolation<?> refused = assertThrows(ConstraintViolationException.class,
                    () -> roomService.block(roomId, before.getVersion(), from, from.plusDays(4), reason, booker()))
                    .getConstraintViolations().iterator().next();
            assertEquals("reason", ValidationText.field(refused));
            assertEquals(reason == null || reason.isBlank() ? "{room.block.reason}" : "{room.block.reasonTooLong}",
                    refused.getMessageTemplate());
            Room after = roomService.find(roomId);
            assertEquals(before.getVersion(), after.getVersion(), "nothing stored");
            assertEquals(before.getBlocks().size(), after.getBlocks().size());
        }
        Room blocked = roomService.block(roomId, before.getVersion(), from, from.plusDays(4), " Maling ", booker());
        List<String> reasons = blocked.getBlocks().stream().map(BlockedPeriod::getReason).toList();
        assertTrue(reasons.contains("Maling"), "stored without the spaces: " + reasons);
        roomService.unblock(roomId, blocked.getVersion(), reasons.indexOf("Maling"), booker());
    }

    /**
     * A coming meeting of the group, from the index-th on, that keeps to its usual morning
     * (the other in-container tests share the server and move, add and cancel some) and has no room yet.
     */
    private Meeting comingMeeting(Long group, int index) {
        LocalDate today = AppClock.today();
        List<Meeting> coming = meetings.ofGroup(group, coordinator(), today.plusDays(1), today.plusMonths(6));
        return coming.subList(Math.min(index, coming.size() - 1), coming.size()).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED && bookings.ofMeeting(m.getId()).isEmpty())
                .filter(m -> {
                    LocalTime start = m.getStartsAt().atZone(BookingRules.ZONE).toLocalTime();
                    return !start.isBefore(LocalTime.of(8, 0)) && !start.isAfter(LocalTime.of(11, 0));
                }).findFirst().orElseThrow();
    }
}
