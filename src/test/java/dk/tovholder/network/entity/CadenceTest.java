package dk.tovholder.network.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);
    /** summer time starts Sunday 29 March 2026 02:00 and ends Sunday 25 October 2026 03:00 */
    private static final LocalDate SUMMER_TIME_STARTS = LocalDate.of(2026, 3, 29);
    private static final LocalDate SUMMER_TIME_ENDS = LocalDate.of(2026, 10, 25);

    @Test
    void everyFourWeeksOnTuesdayStaysAtNineLocalTimeAcrossSummerTime() {
        Cadence cadence = Cadence.weekly(4, DayOfWeek.TUESDAY, NINE, 120, LocalDate.of(2026, 2, 10));

        List<LocalDate> days = cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

        assertEquals(List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 7),
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 28), LocalDate.of(2026, 8, 25), LocalDate.of(2026, 9, 22),
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 12, 15)), days,
                "every 4 weeks on Tuesday from 10 February 2026 gives these 12 meetings in 2026");
        boolean sawWinter = false;
        boolean sawSummer = false;
        for (LocalDate day : days) {
            ZonedDateTime start = cadence.startOn(day);
            boolean summer = !day.isBefore(SUMMER_TIME_STARTS) && day.isBefore(SUMMER_TIME_ENDS);
            sawWinter |= !summer;
            sawSummer |= summer;
            assertEquals(DayOfWeek.TUESDAY, day.getDayOfWeek(), "every meeting is on a Tuesday: " + day);
            assertEquals(day, start.toLocalDate(), "the meeting starts on its own day: " + start);
            assertEquals(NINE, start.toLocalTime(), "the meeting starts at 09:00 Copenhagen time: " + start);
            assertEquals(Cadence.ZONE, start.getZone(), "times are in Europe/Copenhagen: " + start);
            assertEquals(summer ? SUMMER : WINTER, start.getOffset(),
                    "the UTC offset on " + day + " is " + (summer ? "+02:00 (summer)" : "+01:00 (winter)"));
            assertEquals(summer ? 7 : 8, start.withZoneSameInstant(ZoneOffset.UTC).getHour(),
                    "09:00 in Copenhagen on " + day + " is " + (summer ? "07" : "08") + ":00 UTC");
            assertEquals(Duration.ofMinutes(120), Duration.between(start, cadence.endOn(day)),
                    "a 120-minute meeting lasts two hours: " + day);
            assertEquals(LocalTime.of(11, 0), cadence.endOn(day).toLocalTime(), "09:00 + 2 hours ends at 11:00");
        }
        assertTrue(sawWinter && sawSummer, "the series covers both winter and summer time");
        for (int i = 1; i < days.size(); i++) {
            assertEquals(28, ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)),
                    "exactly 4 weeks between " + days.get(i - 1) + " and " + days.get(i));
            assertEquals(Duration.ofDays(28).plusHours(
                    offsetHours(cadence.startOn(days.get(i - 1))) - offsetHours(cadence.startOn(days.get(i)))),
                    Duration.between(cadence.startOn(days.get(i - 1)), cadence.startOn(days.get(i))),
                    "in real time 4 weeks apart, minus or plus the hour summer time moves the clock");
        }
    }

    private static int offsetHours(ZonedDateTime time) {
        return time.getOffset().getTotalSeconds() / 3600;
    }

    @Test
    void firstThursdayOfEveryMonthOverAYear() {
        Cadence cadence = Cadence.monthly(1, DayOfWeek.THURSDAY, NINE, 90, LocalDate.of(2026, 1, 1));

        List<LocalDate> days = cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 7), LocalDate.of(2026, 6, 4),
                LocalDate.of(2026, 7, 2), LocalDate.of(2026, 8, 6), LocalDate.of(2026, 9, 3),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 3)), days,
                "the first Thursday of each month of 2026");
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            assertEquals(i + 1, day.getMonthValue(), "one meeting per month, in month order: " + day);
            assertEquals(DayOfWeek.THURSDAY, day.getDayOfWeek(), "a Thursday: " + day);
            assertTrue(day.getDayOfMonth() <= 7, "the first Thursday is within the first seven days: " + day);
        }
    }

    @Test
    void lastFridayOfEveryMonthOverAYear() {
        Cadence cadence = Cadence.monthly(Cadence.LAST, DayOfWeek.FRIDAY, LocalTime.of(14, 0), 60,
                LocalDate.of(2026, 1, 1));

        List<LocalDate> days = cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

        assertEquals(List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27),
                LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 26),
                LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 28), LocalDate.of(2026, 9, 25),
                LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25)), days,
                "the last Friday of each month of 2026");
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            assertEquals(i + 1, day.getMonthValue(), "one meeting per month, in month order: " + day);
            assertEquals(DayOfWeek.FRIDAY, day.getDayOfWeek(), "a Friday: " + day);
            assertTrue(day.plusWeeks(1).getMonthValue() != day.getMonthValue(),
                    "no Friday later in the same month: " + day);
        }
    }

    @Test
    void monthlyMeetingsBeforeTheFirstDateAreNotListed() {
        Cadence cadence = Cadence.monthly(1, DayOfWeek.THURSDAY, NINE, 90, LocalDate.of(2026, 3, 10));

        assertEquals(List.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 7)),
                cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)),
                "a series starting 10 March has its first meeting on the first Thursday of April");
    }

    @Test
    void aTwoWeeklySeriesKeepsItsWeeksWhenListedFromAnyDay() {
        LocalDate first = LocalDate.of(2026, 2, 3); // a Tuesday
        Cadence cadence = Cadence.weekly(2, DayOfWeek.TUESDAY, NINE, 120, first);
        LocalDate to = LocalDate.of(2026, 9, 1);

        for (LocalDate from = first.minusDays(20); from.isBefore(LocalDate.of(2026, 6, 1)); from = from.plusDays(1)) {
            List<LocalDate> days = cadence.days(from, to);
            assertFalse(days.isEmpty(), "there are meetings between " + from + " and " + to);
            for (LocalDate day : days) {
                long daysSinceFirst = ChronoUnit.DAYS.between(first, day);
                assertTrue(daysSinceFirst >= 0 && daysSinceFirst % 14 == 0,
                        "listed from " + from + ": " + day + " is not an even number of weeks after " + first);
                assertTrue(!day.isBefore(from) && day.isBefore(to), "listed from " + from + ": " + day
                        + " is outside [from, to)");
            }
            LocalDate expectedFirst = first;
            while (expectedFirst.isBefore(from)) {
                expectedFirst = expectedFirst.plusWeeks(2);
            }
            assertEquals(expectedFirst, days.get(0),
                    "listed from " + from + ", the first meeting is the series' next one on or after that day");
            for (int i = 1; i < days.size(); i++) {
                assertEquals(days.get(i - 1).plusWeeks(2), days.get(i), "no meeting is left out after " + days.get(i - 1));
            }
        }
    }

    @Test
    void aWeeklySeriesStartingOnAnotherWeekdayBeginsOnTheNextMeetingDay() {
        Cadence cadence = Cadence.weekly(2, DayOfWeek.TUESDAY, NINE, 120, LocalDate.of(2026, 2, 4)); // a Wednesday

        assertEquals(List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 10)),
                cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 20)),
                "a series from Wednesday 4 February on Tuesdays starts Tuesday 10 February");
        assertEquals(List.of(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 10)),
                cadence.days(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 20)),
                "listing from an off-week Tuesday does not invent a meeting on that day");
    }

    @Test
    void emptyOrReversedRangeHasNoDays() {
        Cadence cadence = Cadence.weekly(1, DayOfWeek.MONDAY, NINE, 60, LocalDate.of(2026, 1, 5));

        assertEquals(List.of(), cadence.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)),
                "[from, from) is empty");
        assertEquals(List.of(), cadence.days(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)),
                "a range ending before it begins is empty");
        assertEquals(List.of(LocalDate.of(2026, 3, 2)), cadence.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)),
                "the from day itself is included, the to day is not");
    }

    @Test
    void adHocHasNoDays() {
        Cadence cadence = Cadence.adHoc();

        assertEquals(CadenceKind.AD_HOC, cadence.getKind(), "adHoc() is an ad hoc cadence");
        assertTrue(cadence.isComplete(), "an ad hoc cadence needs nothing more");
        assertEquals(List.of(), cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                "an ad hoc group has no regular meeting days");
    }

    @Test
    void aMeetingOnTheNightSummerTimeStartsLastsItsMinutesOfRealTime() {
        LocalDate sunday = SUMMER_TIME_STARTS;
        Cadence cadence = Cadence.weekly(1, DayOfWeek.SUNDAY, LocalTime.of(1, 30), 120, sunday);

        ZonedDateTime start = cadence.startOn(sunday);
        ZonedDateTime end = cadence.endOn(sunday);

        assertEquals(LocalTime.of(1, 30), start.toLocalTime(), "01:30 exists on that night and is kept");
        assertEquals(WINTER, start.getOffset(), "01:30 is still winter time");
        assertEquals(Duration.ofMinutes(120), Duration.between(start, end), "the meeting lasts 120 real minutes");
        assertEquals(LocalTime.of(4, 30), end.toLocalTime(),
                "the clock jumps from 02:00 to 03:00, so two hours after 01:30 the clock shows 04:30");
        assertEquals(SUMMER, end.getOffset(), "the meeting ends in summer time");
    }

    @Test
    void aMeetingOnTheNightSummerTimeEndsLastsItsMinutesOfRealTime() {
        LocalDate sunday = SUMMER_TIME_ENDS;
        Cadence cadence = Cadence.weekly(1, DayOfWeek.SUNDAY, LocalTime.of(1, 30), 120, sunday);

        ZonedDateTime start = cadence.startOn(sunday);
        ZonedDateTime end = cadence.endOn(sunday);

        assertEquals(LocalTime.of(1, 30), start.toLocalTime(), "01:30 is kept");
        assertEquals(SUMMER, start.getOffset(), "01:30 is still summer time");
        assertEquals(Duration.ofMinutes(120), Duration.between(start, end), "the meeting lasts 120 real minutes");
        assertEquals(LocalTime.of(2, 30), end.toLocalTime(),
                "the clock goes back from 03:00 to 02:00, so two hours after 01:30 the clock shows 02:30");
        assertEquals(WINTER, end.getOffset(), "the meeting ends in winter time");
    }

    @Test
    void endIsStartPlusTheMinutesOnOrdinaryDays() {
        Cadence cadence = Cadence.weekly(1, DayOfWeek.TUESDAY, LocalTime.of(16, 45), 75, LocalDate.of(2026, 1, 6));

        assertEquals(ZonedDateTime.of(LocalDate.of(2026, 1, 6), LocalTime.of(18, 0), Cadence.ZONE),
                cadence.endOn(LocalDate.of(2026, 1, 6)), "16:45 + 75 minutes ends at 18:00");
    }
    @Test
    void everySecondMonthOnTheLastThursdayAndANewTimeKeepsTheDays() {
        Cadence cadence = Cadence.monthly(2, Cadence.LAST, DayOfWeek.THURSDAY, NINE, 90, LocalDate.of(2026, 1, 1));
        List<LocalDate> days = cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
        assertEquals(List.of(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 5, 28)), days,
                "the last Thursday of every second month");

        assertFalse(cadence.retime(NINE, 90), "the same time and length: nothing changes");
        assertTrue(cadence.retime(LocalTime.of(13, 30), 60));
        assertEquals(LocalTime.of(13, 30), cadence.getStartTime());
        assertEquals(60, cadence.getMinutes());
        assertEquals(days, cadence.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)), "the same days");
        assertFalse(Cadence.adHoc().retime(NINE, 60), "a group that meets as needed has no series time");
    }
}
