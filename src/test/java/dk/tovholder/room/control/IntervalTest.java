package dk.tovholder.room.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Tuesday 12 January 2027 */
    private static final LocalDate DAY = LocalDate.of(2027, 1, 12);

    /** h:m on DAY, Copenhagen time */
    private static Instant at(int hour, int minute) {
        return DAY.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private static Interval between(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new Interval(at(fromHour, fromMinute), at(toHour, toMinute));
    }

    @Test
    void anIntervalThatEndsWhenItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(at(10, 0), at(10, 0)),
                "10:00–10:00 is empty and no interval");
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(at(12, 0), at(10, 0)),
                "12:00–10:00 ends before it starts");
    }

    @Test
    void lengthIsTheRealTimeBetweenStartAndEnd() {
        assertEquals(Duration.ofMinutes(135), between(10, 0, 12, 15).length(), "10:00–12:15 lasts 2 h 15 min");
    }

    @Test
    void shiftingMovesBothEnds() {
        Interval moved = between(10, 0, 12, 0).shiftedBy(Duration.ofMinutes(90));

        assertEquals(between(11, 30, 13, 30), moved, "10:00–12:00 moved by 90 minutes is 11:30–13:30");
    }

    @Test
    void overlappingBookingsClashEitherWayRound() {
        Interval a = between(10, 0, 12, 0);
        Interval b = between(11, 0, 13, 0);

        assertTrue(a.clashes(b, 0), "10–12 clashes with 11–13");
        assertTrue(b.clashes(a, 0), "11–13 clashes with 10–12");
    }

    @Test
    void aBookingInsideAnotherClashes() {
        Interval outer = between(9, 0, 15, 0);
        Interval inner = between(10, 0, 11, 0);

        assertTrue(outer.clashes(inner, 0), "9–15 clashes with 10–11 inside it");
        assertTrue(inner.clashes(outer, 0), "10–11 clashes with 9–15 around it");
        assertTrue(inner.clashes(inner, 0), "a booking clashes with the same time");
    }

    @Test
    void touchingBookingsWithoutBufferDoNotClash() {
        Interval morning = between(8, 0, 10, 0);
        Interval late = between(10, 0, 12, 0);

        assertFalse(morning.clashes(late, 0), "8–10 and 10–12 only touch");
        assertFalse(late.clashes(morning, 0), "10–12 and 8–10 only touch");
    }

    @Test
    void bookingsApartDoNotClash() {
        assertFalse(between(8, 0, 9, 0).clashes(between(13, 0, 14, 0), 0), "8–9 and 13–14 are far apart");
        assertFalse(between(8, 0, 9, 0).clashes(between(13, 0, 14, 0), 60),
                "four hours apart is more than a buffer of 60 minutes");
    }

    @Test
    void withABufferOf15MinutesTenMinutesBetweenBookingsClash() {
        Interval first = between(8, 0, 10, 0);
        Interval second = between(10, 10, 11, 0);

        assertTrue(first.clashes(second, 15), "only 10 minutes between 10:00 and 10:10, the buffer is 15");
        assertTrue(second.clashes(first, 15), "the same asked the other way round");
        assertFalse(first.clashes(second, 0), "without a buffer 10 minutes apart is fine");
    }

    @Test
    void withABufferOf15MinutesFifteenMinutesBetweenBookingsIsEnough() {
        Interval first = between(8, 0, 10, 0);
        Interval second = between(10, 15, 11, 0);

        assertFalse(first.clashes(second, 15), "exactly the 15-minute buffer between 10:00 and 10:15");
        assertFalse(second.clashes(first, 15), "the same asked the other way round");
        assertTrue(first.clashes(second, 16), "a 16-minute buffer is one minute too much");
    }

    @Test
    void theBufferAlsoAppliesBeforeABooking() {
        Interval taken = between(10, 0, 12, 0);

        assertTrue(taken.clashes(between(8, 0, 9, 50), 15), "ending 9:50 leaves 10 minutes before 10:00");
        assertFalse(taken.clashes(between(8, 0, 9, 45), 15), "ending 9:45 leaves the 15 minutes before 10:00");
    }
}
