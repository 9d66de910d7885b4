package dk.tovholder.room.control;

import dk.tovholder.room.entity.RecurrenceRule;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The dates of a recurring booking, from its first date up to and including the last. */
public final class Recurrence {

    /** At most two years of weekly dates in one request. */
    public static final int MAX_DATES = 104;

    private Recurrence() {
    }

    /**
     * Weekly and fortnightly dates fall on the first date's weekday. Monthly
     * dates fall on the same weekday in the same week of the month as the
     * first date (the 2nd Tuesday); a first date in the month's fifth week
     * means the last such weekday of each month.
     */
    public static List<LocalDate> dates(RecurrenceRule rule, LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last date before first date");
        }
        List<LocalDate> dates = new ArrayList<>();
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        for (int i = 0; dates.size() <= MAX_DATES; i++) {
            LocalDate date = switch (rule) {
                case WEEKLY -> first.plusWeeks(i);
                case FORTNIGHTLY -> first.plusWeeks(2L * i);
                case MONTHLY_WEEKDAY -> {
                    LocalDate month = first.withDayOfMonth(1).plusMonths(i);
                    yield ordinal > 4 ? month.with(TemporalAdjusters.lastInMonth(first.getDayOfWeek()))
                            : month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, first.getDayOfWeek()));
                }
            };
            if (date.isAfter(last)) {
                return dates;
            }
            dates.add(date);
        }
        throw new TooMany(MAX_DATES);
    }

    /** More dates than one recurring booking may have. */
    public static final class TooMany extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooMany(int limit) {
            super("more than " + limit + " dates");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }
}
