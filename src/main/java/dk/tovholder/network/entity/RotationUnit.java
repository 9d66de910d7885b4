package dk.tovholder.network.entity;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** What one turn of the coordinator duty covers. */
public enum RotationUnit {
    /** one meeting */
    MEETING,
    /** all meetings of a calendar month */
    MONTH,
    /** all meetings of a quarter */
    QUARTER;

    /** The first day of the period containing the day (MONTH, QUARTER). */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case MEETING -> day;
            case MONTH -> day.with(TemporalAdjusters.firstDayOfMonth());
            case QUARTER -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
        };
    }

    /** The first day after the period that starts on the day. */
    public LocalDate periodEnd(LocalDate start) {
        return switch (this) {
            case MEETING -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }
}
