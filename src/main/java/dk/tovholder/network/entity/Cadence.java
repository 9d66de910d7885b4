package dk.tovholder.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A group's meeting rhythm, e.g. every 4 weeks on Tuesday 09:00-11:00, or the
 * first Thursday of every month. Times are wall-clock times in
 * Europe/Copenhagen: a 09:00 meeting stays at 09:00 across the changes to and
 * from summer time (its UTC time moves instead).
 */
@Embeddable
public class Cadence implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** weekOfMonth value meaning "the last one in the month" */
    public static final int LAST = 5;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_kind", length = 20)
    private CadenceKind kind = CadenceKind.AD_HOC;

    /** weeks between meetings (WEEKLY) or months between meetings (MONTHLY) */
    @Min(1)
    @Max(12)
    @Column(name = "cadence_interval")
    private int interval = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_day", length = 10)
    private DayOfWeek day;

    /** 1-4, or 5 for the last (MONTHLY) */
    @Min(1)
    @Max(LAST)
    @Column(name = "cadence_week_of_month")
    private Integer weekOfMonth;

    @Column(name = "cadence_start_time")
    private LocalTime startTime;

    @Min(15)
    @Max(24 * 60)
    @Column(name = "cadence_minutes")
    private int minutes = 120;

    /** the first meeting day of the series, or the day the rhythm starts from */
    @Column(name = "cadence_first_date")
    private LocalDate firstDate;

    public Cadence() {
    }

    public static Cadence weekly(int weeks, DayOfWeek day, LocalTime start, int minutes, LocalDate from) {
        Cadence c = new Cadence();
        c.kind = CadenceKind.WEEKLY;
        c.interval = weeks;
        c.day = day;
        c.startTime = start;
        c.minutes = minutes;
        c.firstDate = from;
        return c;
    }

    public static Cadence monthly(int weekOfMonth, DayOfWeek day, LocalTime start, int minutes, LocalDate from) {
        return monthly(1, weekOfMonth, day, start, minutes, from);
    }

    /** Every {@code months} months, on the week of the month's day (5: the last). */
    public static Cadence monthly(int months, int weekOfMonth, DayOfWeek day, LocalTime start, int minutes,
            LocalDate from) {
        Cadence c = weekly(months, day, start, minutes, from);
        c.kind = CadenceKind.MONTHLY;
        c.weekOfMonth = weekOfMonth;
        return c;
    }

    public static Cadence adHoc() {
        return new Cadence();
    }

    /** An independent copy (a rhythm kept in the rota's history must not change with the group's). */
    public Cadence copy() {
        Cadence c = new Cadence();
        c.kind = kind;
        c.interval = interval;
        c.day = day;
        c.weekOfMonth = weekOfMonth;
        c.startTime = startTime;
        c.minutes = minutes;
        c.firstDate = firstDate;
        return c;
    }

    /** Whether both give the same meeting days (the time of day aside). */
    public boolean sameDays(Cadence other) {
        return kind == other.kind && interval == other.interval && day == other.day
                && Objects.equals(weekOfMonth, other.weekOfMonth)
                && Objects.equals(firstDate, other.firstDate);
    }

    /** Whether the fields needed for this kind are there (checked before saving). */
    public boolean isComplete() {
        return switch (kind) {
            case AD_HOC -> true;
            case WEEKLY -> day != null && startTime != null && firstDate != null;
            case MONTHLY -> day != null && startTime != null && firstDate != null && weekOfMonth != null;
        };
    }

    /** The meeting days in [from, to), in order. */
    public List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        if (!isComplete() || kind == CadenceKind.AD_HOC || !from.isBefore(to)) {
            return days;
        }
        if (kind == CadenceKind.WEEKLY) {
            LocalDate first = firstDate.with(TemporalAdjusters.nextOrSame(day));
            LocalDate d = first;
            if (first.isBefore(from)) {
                long weeks = ChronoUnit.WEEKS.between(first, from);
                d = first.plusWeeks(weeks - weeks % interval);
                while (d.isBefore(from)) {
                    d = d.plusWeeks(interval);
                }
            }
            for (; d.isBefore(to); d = d.plusWeeks(interval)) {
                days.add(d);
            }
            return days;
        }
        LocalDate month = firstDate.withDayOfMonth(1);
        for (; month.isBefore(to); month = month.plusMonths(interval)) {
            LocalDate d = weekOfMonth == LAST
                    ? month.with(TemporalAdjusters.lastInMonth(day))
                    : month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, day));
            if (!d.isBefore(from) && !d.isBefore(firstDate) && d.isBefore(to)) {
                days.add(d);
            }
        }
        return days;
    }

    /** When the meeting of that day starts (wall-clock time in Copenhagen). */
    /**
     * The series' meetings start at this time of day and last this long from now on; the days
     * stay (nothing changes for a group that meets as needed).
     *
     * @return whether anything changed
     */
    public boolean retime(LocalTime start, int length) {
        if (kind == CadenceKind.AD_HOC || (start.equals(startTime) && length == minutes)) {
            return false;
        }
        this.startTime = start;
        this.minutes = length;
        return true;
    }

    public ZonedDateTime startOn(LocalDate day) {
        return ZonedDateTime.of(day, startTime, ZONE);
    }

    public ZonedDateTime endOn(LocalDate day) {
        return startOn(day).plusMinutes(minutes);
    }

    public CadenceKind getKind() {
        return kind;
    }

    public int getInterval() {
        return interval;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getMinutes() {
        return minutes;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

}
