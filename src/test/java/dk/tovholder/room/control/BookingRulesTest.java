package dk.tovholder.room.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.entity.BlockedPeriod;
import dk.tovholder.room.entity.OpeningHours;
import dk.tovholder.room.entity.Room;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BookingRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Monday 4 January 2027, 08:00 Copenhagen time: "now" in every test unless stated otherwise */
    private static final Instant NOW = ZonedDateTime.of(2027, 1, 4, 8, 0, 0, 0, ZONE).toInstant();
    /** Tuesday 12 January 2027, a normal opening day a week after NOW */
    private static final LocalDate TUESDAY = LocalDate.of(2027, 1, 12);
    /** Sunday 10 January 2027: the blank room is closed on Sundays */
    private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 10);
    /** summer time starts Sunday 28 March 2027 at 02:00 (clocks go to 03:00) */
    private static final LocalDate SUMMER_TIME_STARTS = LocalDate.of(2027, 3, 28);
    /** summer time ends Sunday 31 October 2027 at 03:00 (clocks go back to 02:00) */
    private static final LocalDate SUMMER_TIME_ENDS = LocalDate.of(2027, 10, 31);
    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);

    /** a room open Monday–Friday 08–16, for 10 people, 30 min–8 h, 365 days ahead, no buffer */
    private static Room room() {
        return Room.blank(new Organisation("Medborgercentret", OrganisationType.MUNICIPAL_INSTITUTION));
    }

    private static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static LocalTime t(int hour) {
        return LocalTime.of(hour, 0);
    }

    /** the instant of a Copenhagen wall-clock time */
    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    private static Interval slot(LocalDate day, int fromHour, int toHour) {
        return BookingRules.slot(day, t(fromHour), t(toHour));
    }

    private static Refusal refused(Executable action) {
        return assertThrows(Refusal.class, action);
    }

    private static Refusal refusedCheck(Room room, Interval wanted, int people, Instant now) {
        return refused(() -> BookingRules.check(room, wanted, people, now));
    }

    // ---------------------------------------------------------------- slot: order and summer time

    @Test
    void aSlotIsTheCopenhagenWallClockTime() {
        Interval slot = slot(TUESDAY, 10, 12);

        assertEquals(at(TUESDAY, 10, 0), slot.start());
        assertEquals(Instant.parse("2027-01-12T09:00:00Z"), slot.start(), "10:00 in January is 09:00 UTC");
        assertEquals(Duration.ofHours(2), slot.length());
    }

    @Test
    void aSlotThatEndsBeforeItStartsIsRefused() {
        Refusal r = refused(() -> BookingRules.slot(TUESDAY, t(12), t(10)));

        assertEquals("booking.time.order", r.messageKey());
        assertEquals("end", r.field());
    }

    @Test
    void aSlotThatEndsWhenItStartsIsRefused() {
        Refusal r = refused(() -> BookingRules.slot(TUESDAY, t(10), t(10)));

        assertEquals("booking.time.order", r.messageKey());
        assertEquals("end", r.field());
    }

    @Test
    void nineOClockStaysNineOClockInWinterAndSummer() {
        Interval january = slot(TUESDAY, 9, 11);
        Interval july = slot(LocalDate.of(2027, 7, 13), 9, 11);

        ZonedDateTime winterStart = january.start().atZone(ZONE);
        ZonedDateTime summerStart = july.start().atZone(ZONE);
        assertEquals(t(9), winterStart.toLocalTime());
        assertEquals(WINTER, winterStart.getOffset(), "January is winter time, +01:00");
        assertEquals(Instant.parse("2027-01-12T08:00:00Z"), january.start());
        assertEquals(t(9), summerStart.toLocalTime());
        assertEquals(SUMMER, summerStart.getOffset(), "July is summer time, +02:00");
        assertEquals(Instant.parse("2027-07-13T07:00:00Z"), july.start());
        assertEquals(Duration.ofHours(2), july.length());
    }

    @Test
    void aStartInTheHourSkippedWhenSummerTimeStartsIsRefused() {
        Refusal r = refused(() -> BookingRules.slot(SUMMER_TIME_STARTS, t(2), t(3)));

        assertEquals("booking.time.gap", r.messageKey());
        assertEquals("start", r.field(), "02:00 does not exist that night");
        assertArrayEquals(new Object[] {"02:00", "28.3.2027"}, r.arguments(), "the missing time and its day");
    }

    @Test
    void anEndInTheHourSkippedWhenSummerTimeStartsIsRefused() {
        Refusal r = refused(() -> BookingRules.slot(SUMMER_TIME_STARTS, t(1), t(2, 30)));

        assertEquals("booking.time.gap", r.messageKey());
        assertEquals("end", r.field(), "02:30 does not exist that night");
    }

    @Test
    void theNightSummerTimeStartsOneToFourIsTwoRealHours() {
        Interval slot = slot(SUMMER_TIME_STARTS, 1, 4);

        assertEquals(Duration.ofHours(2), slot.length(), "the clock skips 02:00–03:00");
        assertEquals(WINTER, slot.start().atZone(ZONE).getOffset());
        assertEquals(SUMMER, slot.end().atZone(ZONE).getOffset());
        assertEquals(t(4), slot.end().atZone(ZONE).toLocalTime());
    }

    @Test
    void theNightSummerTimeEndsOneToThreeIsThreeRealHours() {
        Interval slot = slot(SUMMER_TIME_ENDS, 1, 3);

        assertEquals(Duration.ofHours(3), slot.length(), "the clock goes through 02:00–03:00 twice");
        assertEquals(Instant.parse("2027-10-30T23:00:00Z"), slot.start());
        assertEquals(Instant.parse("2027-10-31T02:00:00Z"), slot.end());
    }

    @Test
    void theNightSummerTimeEndsTwoOClockMeansItsFirstOccurrence() {
        Interval slot = BookingRules.slot(SUMMER_TIME_ENDS, t(2), t(2, 30));

        assertEquals(SUMMER, slot.start().atZone(ZONE).getOffset(), "the first 02:00 is still summer time");
        assertEquals(Instant.parse("2027-10-31T00:00:00Z"), slot.start());
        assertEquals(Duration.ofMinutes(30), slot.length());
    }

    // ---------------------------------------------------------------- opening hours

    @Test
    void aBookingInsideOpeningHoursIsAllowed() {
        Room room = room();
        Interval wanted = slot(TUESDAY, 10, 12);

        assertDoesNotThrow(() -> BookingRules.check(room, wanted, 5, NOW));
        assertTrue(BookingRules.allows(room, wanted, NOW));
    }

    @Test
    void aBookingFromOpeningToClosingIsAllowed() {
        Room room = room();
        Interval wanted = slot(TUESDAY, 8, 16);

        assertDoesNotThrow(() -> BookingRules.check(room, wanted, 5, NOW), "08:00–16:00 is the whole opening day");
        assertTrue(BookingRules.allows(room, wanted, NOW));
    }

    @Test
    void startingBeforeOpeningIsRefusedWithTheOpeningHours() {
        Room room = room();
        Interval wanted = BookingRules.slot(TUESDAY, t(7, 30), t(9, 30));

        Refusal r = refusedCheck(room, wanted, 5, NOW);

        assertEquals("booking.outsideHours", r.messageKey());
        assertEquals("start", r.field());
        assertArrayEquals(new Object[] {"12.1.2027", "08:00–16:00"}, r.arguments(), "the day and its hours");
        assertFalse(BookingRules.allows(room, wanted, NOW));
    }

    @Test
    void endingAfterClosingIsRefusedWithTheOpeningHours() {
        Room room = room();
        Interval wanted = BookingRules.slot(TUESDAY, t(15), t(16, 15));

        Refusal r = refusedCheck(room, wanted, 5, NOW);

        assertEquals("booking.outsideHours", r.messageKey());
        assertEquals("08:00–16:00", r.arguments()[1]);
        assertFalse(BookingRules.allows(room, wanted, NOW));
    }

    @Test
    void aClosedWeekdayIsRefusedAsClosed() {
        Room room = room();
        Interval wanted = slot(SUNDAY, 10, 12);

        Refusal r = refusedCheck(room, wanted, 5, NOW);

        assertEquals("booking.closed", r.messageKey(), "the blank room is closed on Sundays");
        assertEquals("start", r.field());
        assertArrayEquals(new Object[] {"10.1.2027"}, r.arguments());
        assertFalse(BookingRules.allows(room, wanted, NOW));
    }

    @Test
    void differentHoursOnDifferentDaysAreEachRespected() {
        Room room = room();
        room.openOn(List.of(OpeningHours.of(DayOfWeek.TUESDAY, t(12), t(20)),
                OpeningHours.of(DayOfWeek.SUNDAY, t(10), t(14))));

        assertTrue(BookingRules.allows(room, slot(TUESDAY, 18, 20), NOW), "Tuesday is open until 20:00");
        assertTrue(BookingRules.allows(room, slot(SUNDAY, 10, 12), NOW), "Sunday is now open 10–14");
        assertEquals("booking.closed",
                refusedCheck(room, slot(TUESDAY.minusDays(1), 10, 12), 5, NOW).messageKey(),
                "Monday no longer has hours");
        Refusal morning = refusedCheck(room, slot(TUESDAY, 10, 12), 5, NOW);
        assertEquals("booking.outsideHours", morning.messageKey());
        assertEquals("12:00–20:00", morning.arguments()[1]);
    }

    @Test
    void aRoomOpenUntilMidnightAcceptsABookingEndingAtMidnight() {
        Room room = room();
        room.openOn(List.of(OpeningHours.of(DayOfWeek.FRIDAY, t(16), LocalTime.MIDNIGHT)));
        assertEquals(OpeningHours.END_OF_DAY, room.openingOn(DayOfWeek.FRIDAY).orElseThrow().getClosesAt());
        LocalDate friday = LocalDate.of(2027, 1, 8);

        Interval evening = BookingRules.slot(friday, t(22), LocalTime.MIDNIGHT);

        assertEquals(at(friday, 22, 0), evening.start());
        assertEquals(at(friday.plusDays(1), 0, 0), evening.end(), "00:00 as the end means midnight after Friday");
        assertEquals(Duration.ofHours(2), evening.length());
        assertDoesNotThrow(() -> BookingRules.check(room, evening, 5, NOW));
        assertTrue(BookingRules.allows(room, evening, NOW));
        assertEquals("8.1.2027 22:00–00:00", BookingRules.format(evening));
    }

    @Test
    void aRoomClosingBeforeMidnightRefusesABookingEndingAtMidnight() {
        Room room = room();
        room.openOn(List.of(OpeningHours.of(DayOfWeek.FRIDAY, t(16), t(23))));
        Interval evening = BookingRules.slot(LocalDate.of(2027, 1, 8), t(22), LocalTime.MIDNIGHT);

        Refusal r = refusedCheck(room, evening, 5, NOW);

        assertEquals("booking.outsideHours", r.messageKey());
        assertEquals("16:00–23:00", r.arguments()[1]);
    }

    @Test
    void aBookingOverMidnightIsRefusedEvenWhenOpenAllDay() {
        Room room = room();
        room.openOn(List.of(OpeningHours.of(DayOfWeek.FRIDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT),
                OpeningHours.of(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        LocalDate friday = LocalDate.of(2027, 1, 8);
        Interval overnight = new Interval(at(friday, 23, 0), at(friday.plusDays(1), 1, 0));

        assertFalse(BookingRules.allows(room, overnight, NOW), "a booking lies within one day's opening hours");
        assertEquals("booking.outsideHours", refusedCheck(room, overnight, 5, NOW).messageKey());
    }

    // ---------------------------------------------------------------- duration, past, ahead

    @Test
    void tooShortAndTooLongBookingsAreRefused() {
        Room room = room();
        room.lendOnTerms(room.isApprovalRequired(), 60, 180, room.getMaxDaysAhead(), room.getBufferMinutes());

        Refusal shortOne = refusedCheck(room, BookingRules.slot(TUESDAY, t(10), t(10, 45)), 5, NOW);
        assertEquals("booking.duration.tooShort", shortOne.messageKey());
        assertEquals("end", shortOne.field());
        assertArrayEquals(new Object[] {60}, shortOne.arguments(), "the shortest booking, in minutes");

        Refusal longOne = refusedCheck(room, BookingRules.slot(TUESDAY, t(10), t(13, 15)), 5, NOW);
        assertEquals("booking.duration.tooLong", longOne.messageKey());
        assertEquals("end", longOne.field());
        assertArrayEquals(new Object[] {180}, longOne.arguments(), "the longest booking, in minutes");

        assertDoesNotThrow(() -> BookingRules.check(room, slot(TUESDAY, 10, 11), 5, NOW), "exactly the minimum");
        assertDoesNotThrow(() -> BookingRules.check(room, slot(TUESDAY, 10, 13), 5, NOW), "exactly the maximum");
        assertFalse(BookingRules.allows(room, BookingRules.slot(TUESDAY, t(10), t(10, 45)), NOW));
        assertFalse(BookingRules.allows(room, BookingRules.slot(TUESDAY, t(10), t(13, 15)), NOW));
    }

    @Test
    void theDefaultLongestBookingIsEightHours() {
        Room room = room();
        room.openOn(List.of(OpeningHours.of(DayOfWeek.TUESDAY, t(7), t(20))));

        assertTrue(BookingRules.allows(room, slot(TUESDAY, 8, 16), NOW));
        assertEquals("booking.duration.tooLong", refusedCheck(room, slot(TUESDAY, 8, 17), 5, NOW).messageKey());
    }

    @Test
    void aBookingInThePastIsRefused() {
        Room room = room();
        LocalDate today = LocalDate.of(2027, 1, 4);

        Refusal startedAlready = refusedCheck(room, slot(today, 7, 9), 5, NOW);
        assertEquals("booking.time.past", startedAlready.messageKey(), "07:00 is before now (08:00)");
        assertEquals("start", startedAlready.field());
        Refusal lastWeek = refusedCheck(room, slot(LocalDate.of(2026, 12, 29), 10, 12), 5, NOW);
        assertEquals("booking.time.past", lastWeek.messageKey());
        assertFalse(BookingRules.allows(room, slot(today, 7, 9), NOW));
        assertDoesNotThrow(() -> BookingRules.check(room, slot(today, 8, 10), 5, NOW), "starting right now is fine");
        assertDoesNotThrow(() -> BookingRules.check(room, slot(today, 10, 12), 5, NOW), "later today is fine");
    }

    @Test
    void aBookingTooFarAheadIsRefused() {
        Room room = room();
        room.lendOnTerms(room.isApprovalRequired(), room.getMinMinutes(), room.getMaxMinutes(), 30,
                room.getBufferMinutes());

        assertDoesNotThrow(() -> BookingRules.check(room, slot(LocalDate.of(2027, 2, 2), 10, 12), 5, NOW),
                "Tuesday 2 February is 29 days ahead");
        Refusal r = refusedCheck(room, slot(LocalDate.of(2027, 2, 5), 10, 12), 5, NOW);
        assertEquals("booking.time.tooFarAhead", r.messageKey(), "Friday 5 February is 32 days ahead");
        assertEquals("start", r.field());
        assertArrayEquals(new Object[] {30}, r.arguments());
        assertFalse(BookingRules.allows(room, slot(LocalDate.of(2027, 2, 5), 10, 12), NOW));
    }

    @Test
    void byDefaultAYearAheadIsTheLimit() {
        Room room = room();

        assertTrue(BookingRules.allows(room, slot(LocalDate.of(2027, 12, 30), 10, 12), NOW));
        Refusal r = refusedCheck(room, slot(LocalDate.of(2028, 1, 5), 10, 12), 5, NOW);
        assertEquals("booking.time.tooFarAhead", r.messageKey());
        assertArrayEquals(new Object[] {365}, r.arguments());
    }

    // ---------------------------------------------------------------- people

    @Test
    void morePeopleThanTheRoomHoldsAreRefused() {
        Room room = room();
        room.describe(room.getName(), room.getAddress(), room.getDirections(), 12);

        Refusal r = refusedCheck(room, slot(TUESDAY, 10, 12), 13, NOW);

        assertEquals("booking.people.capacity", r.messageKey());
        assertEquals("people", r.field());
        assertArrayEquals(new Object[] {12, 13}, r.arguments(), "the capacity and the number asked for");
        assertDoesNotThrow(() -> BookingRules.check(room, slot(TUESDAY, 10, 12), 12, NOW), "a full room is fine");
    }

    @Test
    void fewerThanOnePersonIsRefused() {
        Room room = room();

        Refusal none = refusedCheck(room, slot(TUESDAY, 10, 12), 0, NOW);
        assertEquals("booking.people.min", none.messageKey());
        assertEquals("people", none.field());
        assertEquals("booking.people.min", refusedCheck(room, slot(TUESDAY, 10, 12), -3, NOW).messageKey());
        assertDoesNotThrow(() -> BookingRules.check(room, slot(TUESDAY, 10, 12), 1, NOW), "one person is fine");
    }

    // ---------------------------------------------------------------- blocked periods

    @Test
    void aBlockedPeriodIsRefusedWithItsReason() {
        Room room = room();
        room.block(new BlockedPeriod(at(LocalDate.of(2027, 1, 11), 0, 0), at(LocalDate.of(2027, 1, 16), 0, 0),
                "Maling af vægge"));

        Refusal r = refusedCheck(room, slot(TUESDAY, 10, 12), 5, NOW);

        assertEquals("booking.blocked", r.messageKey());
        assertEquals("start", r.field());
        assertArrayEquals(new Object[] {"11.1.2027 00:00", "16.1.2027 00:00", "Maling af vægge"}, r.arguments(),
                "when the block starts and ends, and why");
        assertFalse(BookingRules.allows(room, slot(TUESDAY, 10, 12), NOW));
        assertTrue(BookingRules.allows(room, slot(LocalDate.of(2027, 1, 18), 10, 12), NOW),
                "the Monday after the block is free again");
    }

    @Test
    void aBookingTouchingABlockedPeriodIsAllowedButOverlappingIsNot() {
        Room room = room();
        room.block(new BlockedPeriod(at(TUESDAY, 12, 0), at(TUESDAY, 14, 0), "Personalemøde"));

        assertTrue(BookingRules.allows(room, slot(TUESDAY, 10, 12), NOW), "ends as the block starts");
        assertTrue(BookingRules.allows(room, slot(TUESDAY, 14, 16), NOW), "starts as the block ends");
        Refusal r = refusedCheck(room, slot(TUESDAY, 13, 15), 5, NOW);
        assertEquals("booking.blocked", r.messageKey());
        assertEquals("Personalemøde", r.arguments()[2]);
    }

    // ---------------------------------------------------------------- clashes

    @Test
    void firstClashHonoursTheBuffer() {
        Interval morning = slot(TUESDAY, 8, 10);
        Interval afternoon = slot(TUESDAY, 13, 14);
        List<Interval> taken = List.of(afternoon, morning);
        Interval wanted = BookingRules.slot(TUESDAY, t(10, 10), t(12));

        assertEquals(Optional.of(morning), BookingRules.firstClash(taken, wanted, 15),
                "10 minutes after 8–10 is within a 15-minute buffer");
        assertEquals(Optional.empty(), BookingRules.firstClash(taken, wanted, 0), "without a buffer it is free");
        assertEquals(Optional.empty(),
                BookingRules.firstClash(taken, BookingRules.slot(TUESDAY, t(10, 15), t(12, 45)), 15),
                "10:15–12:45 keeps 15 minutes to both");
        assertEquals(Optional.of(afternoon),
                BookingRules.firstClash(taken, BookingRules.slot(TUESDAY, t(10, 15), t(12, 50)), 15),
                "12:50 is only 10 minutes before 13:00");
    }

    @Test
    void firstClashIsTheEarliestOfSeveral() {
        Interval morning = slot(TUESDAY, 8, 10);
        Interval afternoon = slot(TUESDAY, 13, 14);

        assertEquals(Optional.of(morning),
                BookingRules.firstClash(List.of(afternoon, morning), slot(TUESDAY, 9, 14), 0));
        assertEquals(Optional.empty(), BookingRules.firstClash(List.of(), slot(TUESDAY, 9, 14), 0));
    }

    // ---------------------------------------------------------------- nearest free

    private static void assertNoneOverlap(List<Interval> found) {
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                assertFalse(found.get(i).clashes(found.get(j), 0),
                        "alternatives overlap: " + found.get(i) + " and " + found.get(j));
            }
        }
    }

    /** each found interval lies within the blank room's hours: a weekday, 08:00–16:00, one day */
    private static void assertWithinWeekdayHours(List<Interval> found) {
        for (Interval i : found) {
            ZonedDateTime s = i.start().atZone(ZONE);
            ZonedDateTime e = i.end().atZone(ZONE);
            String text = BookingRules.format(i);
            assertTrue(s.getDayOfWeek().getValue() <= 5, "not a weekday: " + text);
            assertEquals(s.toLocalDate(), e.toLocalDate(), "over midnight: " + text);
            assertFalse(s.toLocalTime().isBefore(t(8)), "starts before 08:00: " + text);
            assertFalse(e.toLocalTime().isAfter(t(16)), "ends after 16:00: " + text);
        }
    }

    @Test
    void nearestFreeOffersTheTimesBeforeAndAfterATakenBooking() {
        Room room = room();
        Interval taken = slot(TUESDAY, 10, 12);

        List<Interval> found = BookingRules.nearestFree(room, List.of(taken), taken, NOW, 3);

        assertEquals(3, found.size());
        assertTrue(found.contains(slot(TUESDAY, 8, 10)), "08:00–10:00 is free: " + found);
        assertTrue(found.contains(slot(TUESDAY, 12, 14)), "12:00–14:00 is free: " + found);
        assertEquals(Set.of(slot(TUESDAY, 8, 10), slot(TUESDAY, 12, 14)), Set.copyOf(found.subList(0, 2)),
                "those two, two hours either side, are the nearest");
        for (Interval i : found) {
            assertFalse(i.clashes(taken, 0), "overlaps the taken time: " + BookingRules.format(i));
            assertEquals(Duration.ofHours(2), i.length(), "as long as the wanted time");
        }
        assertNoneOverlap(found);
        assertWithinWeekdayHours(found);
    }

    @Test
    void nearestFreeKeepsTheBuffer() {
        Room room = room();
        room.lendOnTerms(room.isApprovalRequired(), room.getMinMinutes(), room.getMaxMinutes(), room.getMaxDaysAhead(),
                30);
        Interval taken = slot(TUESDAY, 10, 12);

        List<Interval> found = BookingRules.nearestFree(room, List.of(taken), taken, NOW, 5);

        Interval nearestAfter = found.stream().filter(i -> i.start().isAfter(taken.start()))
                .min((a, b) -> a.start().compareTo(b.start())).orElseThrow();
        assertEquals(BookingRules.slot(TUESDAY, t(12, 30), t(14, 30)), nearestAfter,
                "30 minutes after the taken booking: " + found);
        assertFalse(found.contains(slot(TUESDAY, 8, 10)), "08:00–10:00 leaves no buffer before 10:00");
        assertFalse(found.contains(slot(TUESDAY, 12, 14)), "12:00–14:00 leaves no buffer after 12:00");
        for (Interval i : found) {
            assertFalse(i.clashes(taken, 30), "within 30 minutes of the taken time: " + BookingRules.format(i));
        }
        assertNoneOverlap(found);
        assertWithinWeekdayHours(found);
    }

    @Test
    void nearestFreeHonoursOpeningHours() {
        Room room = room();
        Interval taken = slot(TUESDAY, 10, 12);

        List<Interval> found = BookingRules.nearestFree(room, List.of(taken), taken, NOW, 12);

        assertEquals(12, found.size(), "a week either side holds plenty of free time");
        assertWithinWeekdayHours(found);
        assertNoneOverlap(found);
        found.forEach(i -> assertTrue(BookingRules.allows(room, i, NOW), "not allowed: " + i));
    }

    @Test
    void nearestFreeAvoidsBlockedPeriods() {
        Room room = room();
        room.block(new BlockedPeriod(at(TUESDAY, 12, 0), at(TUESDAY, 16, 0), "Personalemøde"));
        Interval taken = slot(TUESDAY, 10, 12);

        List<Interval> found = BookingRules.nearestFree(room, List.of(taken), taken, NOW, 5);

        assertTrue(found.contains(slot(TUESDAY, 8, 10)), "the morning is still free: " + found);
        for (Interval i : found) {
            assertTrue(room.blockedDuring(i.start(), i.end()).isEmpty(), "blocked: " + BookingRules.format(i));
        }
    }

    @Test
    void nearestFreeNeverOffersThePast() {
        Room room = room();
        Instant nineToday = at(TUESDAY, 9, 0);
        Interval taken = slot(TUESDAY, 10, 12);

        List<Interval> found = BookingRules.nearestFree(room, List.of(taken), taken, nineToday, 10);

        assertFalse(found.isEmpty());
        for (Interval i : found) {
            assertFalse(i.start().isBefore(nineToday), "in the past: " + BookingRules.format(i));
        }
        assertFalse(found.contains(slot(TUESDAY, 8, 10)), "08:00 today has passed at 09:00");
        assertTrue(found.contains(slot(TUESDAY, 12, 14)), "12:00–14:00 today is still to come: " + found);
        assertWithinWeekdayHours(found);
        assertNoneOverlap(found);
    }

    @Test
    void nearestFreeReturnsAtMostMax() {
        Room room = room();
        Interval taken = slot(TUESDAY, 10, 12);

        assertEquals(1, BookingRules.nearestFree(room, List.of(taken), taken, NOW, 1).size());
        assertEquals(4, BookingRules.nearestFree(room, List.of(taken), taken, NOW, 4).size());
        assertTrue(BookingRules.nearestFree(room, List.of(taken), taken, NOW, 0).isEmpty());
    }

    /**
     * The javadoc of nearestFree promises alternatives "on a quarter-hour grid"; a wanted time
     * off the grid (10:05, as the API accepts any minute) should still get 08:00–10:00 and
     * 12:00–14:00 offered, not times like 12:05 or 13:50.
     */
    @Test
    void nearestFreeStaysOnTheQuarterHourGridWhenTheWantedTimeIsOffIt() {
        Room room = room();
        Interval taken = slot(TUESDAY, 10, 12);
        Interval wanted = BookingRules.slot(TUESDAY, t(10, 5), t(12, 5));

        List<Interval> found = BookingRules.nearestFree(room, List.of(taken), wanted, NOW, 4);

        for (Interval i : found) {
            assertEquals(0, i.start().atZone(ZONE).getMinute() % 15,
                    "not on the quarter-hour grid: " + BookingRules.format(i) + " in " + found);
        }
        assertTrue(found.contains(slot(TUESDAY, 12, 14)), "12:00–14:00 is free: " + found);
        assertTrue(found.contains(slot(TUESDAY, 8, 10)), "08:00–10:00 is free: " + found);
    }

    @Test
    void nearestFreeFindsNothingWhenTheRoomIsNeverOpen() {
        Room room = room();
        room.openOn(List.of());
        Interval wanted = slot(TUESDAY, 10, 12);

        assertTrue(BookingRules.nearestFree(room, List.of(), wanted, NOW, 3).isEmpty());
    }

    // ---------------------------------------------------------------- format

    @Test
    void formatShowsCopenhagenTime() {
        assertEquals("3.3.2027 10:00–12:00", BookingRules.format(slot(LocalDate.of(2027, 3, 3), 10, 12)));
        assertEquals("3.7.2027 10:00", BookingRules.format(at(LocalDate.of(2027, 7, 3), 10, 0)));
        assertEquals("3.3.2027 22:00–4.3.2027 02:00", BookingRules.format(
                new Interval(at(LocalDate.of(2027, 3, 3), 22, 0), at(LocalDate.of(2027, 3, 4), 2, 0))));
    }

    @Test
    void checkTimeIgnoresPeopleButKeepsTheTimeRules() {
        Room room = room();

        assertDoesNotThrow(() -> BookingRules.checkTime(room, slot(TUESDAY, 10, 12), NOW));
        assertEquals("booking.closed",
                refused(() -> BookingRules.checkTime(room, slot(SUNDAY, 10, 12), NOW)).messageKey());
        assertNull(BookingRules.outsideOpeningHours(room, slot(TUESDAY, 10, 12)));
    }
}
