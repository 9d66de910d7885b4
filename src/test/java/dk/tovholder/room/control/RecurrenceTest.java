package dk.tovholder.room.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tovholder.room.entity.RecurrenceRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    @Test
    void weeklyDatesFallOnTheFirstDatesWeekdayUpToAndIncludingTheLast() {
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.WEEKLY, date(1, 5), date(2, 2));

        assertEquals(List.of(date(1, 5), date(1, 12), date(1, 19), date(1, 26), date(2, 2)), dates,
                "every Tuesday from 5 January to 2 February 2027, both included");
        dates.forEach(d -> assertEquals(DayOfWeek.TUESDAY, d.getDayOfWeek(), d + " is a Tuesday"));
    }

    @Test
    void weeklyStopsBeforeALastDateThatIsNotOnTheWeekday() {
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.WEEKLY, date(1, 5), date(2, 1));

        assertEquals(List.of(date(1, 5), date(1, 12), date(1, 19), date(1, 26)), dates,
                "Monday 1 February as the last date ends the series on Tuesday 26 January");
    }

    @Test
    void fortnightlyDatesAreTwoWeeksApart() {
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.FORTNIGHTLY, date(1, 5), date(3, 8));

        assertEquals(List.of(date(1, 5), date(1, 19), date(2, 2), date(2, 16), date(3, 2)), dates,
                "every second Tuesday from 5 January 2027 until 8 March");
    }

    @Test
    void aLastDateEqualToTheFirstGivesOneDate() {
        assertEquals(List.of(date(1, 5)), Recurrence.dates(RecurrenceRule.WEEKLY, date(1, 5), date(1, 5)));
        assertEquals(List.of(date(1, 12)),
                Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(1, 12), date(1, 12)));
    }

    @Test
    void monthlyOnTheSecondTuesday() {
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(1, 12), date(6, 30));

        assertEquals(List.of(date(1, 12), date(2, 9), date(3, 9), date(4, 13), date(5, 11), date(6, 8)), dates,
                "12 January 2027 is the 2nd Tuesday; so are 9 Feb, 9 Mar, 13 Apr, 11 May and 8 Jun");
    }

    @Test
    void monthlyOnTheFourthTuesdayIsNotTheLastTuesday() {
        // March and June 2027 have five Tuesdays: the 4th is not the last.
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(3, 23), date(6, 30));

        assertEquals(List.of(date(3, 23), date(4, 27), date(5, 25), date(6, 22)), dates,
                "the 4th Tuesday of each month from 23 March 2027 (22 June, not 29 June)");
    }

    @Test
    void aFirstDateInTheFifthWeekMeansTheLastWeekdayOfEachMonth() {
        // 30 March 2027 is the 5th Tuesday of March; April, May and July have only four.
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(3, 30), date(12, 31));

        assertEquals(List.of(date(3, 30), date(4, 27), date(5, 25), date(6, 29), date(7, 27), date(8, 31),
                date(9, 28), date(10, 26), date(11, 30), date(12, 28)), dates,
                "the last Tuesday of every month from March to December 2027");
        dates.forEach(d -> {
            assertEquals(DayOfWeek.TUESDAY, d.getDayOfWeek(), d + " is a Tuesday");
            assertFalse(d.plusWeeks(1).getMonth() == d.getMonth(), d + " is the last Tuesday of its month");
        });
    }

    @Test
    void aFirstDateOnThe31stMeansTheLastWeekdayOfEachMonth() {
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(1, 31), date(4, 30));

        assertEquals(List.of(date(1, 31), date(2, 28), date(3, 28), date(4, 25)), dates,
                "Sunday 31 January 2027 is the last Sunday; then 28 Feb, 28 Mar and 25 Apr");
    }

    @Test
    void monthlyCrossesTheYear() {
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(11, 9),
                LocalDate.of(2028, 2, 29));

        // 2nd Tuesdays: 9 Nov 2027, 14 Dec 2027, 11 Jan 2028, 8 Feb 2028
        assertEquals(List.of(date(11, 9), date(12, 14), LocalDate.of(2028, 1, 11), LocalDate.of(2028, 2, 8)),
                dates);
    }

    @Test
    void aLastDateBeforeTheFirstIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recurrence.dates(RecurrenceRule.WEEKLY, date(3, 2), date(3, 1)));
        assertFalse(e instanceof Recurrence.TooMany, "the reason is the order of the dates, not their number");
    }

    @Test
    void exactly104DatesAreAllowed() {
        List<LocalDate> dates = Recurrence.dates(RecurrenceRule.WEEKLY, date(1, 5), date(1, 5).plusWeeks(103));

        assertEquals(Recurrence.MAX_DATES, dates.size(), "two years of weekly dates");
        assertEquals(date(1, 5).plusWeeks(103), dates.get(dates.size() - 1));
    }

    @Test
    void moreThan104DatesAreTooMany() {
        Recurrence.TooMany e = assertThrows(Recurrence.TooMany.class,
                () -> Recurrence.dates(RecurrenceRule.WEEKLY, date(1, 5), date(1, 5).plusWeeks(104)));
        assertEquals(104, e.limit(), "the limit the user is told");
    }

    @Test
    void manyYearsOfFortnightlyOrMonthlyDatesAreTooMany() {
        assertThrows(Recurrence.TooMany.class,
                () -> Recurrence.dates(RecurrenceRule.FORTNIGHTLY, date(1, 5), LocalDate.of(2031, 1, 31)));
        assertThrows(Recurrence.TooMany.class,
                () -> Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(1, 12), LocalDate.of(2036, 12, 31)));
        assertEquals(60, Recurrence.dates(RecurrenceRule.MONTHLY_WEEKDAY, date(1, 12), LocalDate.of(2031, 12, 31))
                .size(), "five years of monthly dates is fine");
    }
}
