package dk.tovholder.room.control;

import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.entity.BlockedPeriod;
import dk.tovholder.room.entity.OpeningHours;
import dk.tovholder.room.entity.Room;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules a booking must keep, as pure functions: the room's opening hours,
 * durations, how far ahead, blocked periods, and the buffer between bookings.
 * All wall-clock times are Europe/Copenhagen.
 */
public final class BookingRules {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Free slots are looked for on this grid. */
    public static final Duration STEP = Duration.ofMinutes(15);
    /** How far from the wanted time alternatives are looked for. */
    public static final Duration SEARCH_REACH = Duration.ofDays(7);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BookingRules() {
    }

    /**
     * The instants of a wall-clock time on a day. An end at 00:00 means
     * midnight at the end of the day. A time that does not exist (02:00–03:00
     * on the night summer time starts) is refused; a time that happens twice
     * (02:00–03:00 on the night summer time ends) means its first occurrence.
     */
    public static Interval slot(LocalDate day, LocalTime start, LocalTime end) {
        LocalDateTime from = day.atTime(start);
        LocalDateTime to = end.equals(LocalTime.MIDNIGHT) && !start.equals(LocalTime.MIDNIGHT)
                ? day.plusDays(1).atStartOfDay() : day.atTime(end);
        if (!to.isAfter(from)) {
            throw Refusal.onField("end", "booking.time.order");
        }
        Instant s = instant(from, "start");
        Instant e = instant(to, "end");
        if (!e.isAfter(s)) {
            throw Refusal.onField("end", "booking.time.order");
        }
        return new Interval(s, e);
    }

    private static Instant instant(LocalDateTime local, String field) {
        if (ZONE.getRules().getValidOffsets(local).isEmpty()) {
            throw Refusal.onField(field, "booking.time.gap", local.toLocalTime().format(TIME),
                    local.toLocalDate().format(DAY));
        }
        return ZonedDateTime.of(local, ZONE).toInstant();
    }

    /**
     * Refuses a time the room's rules do not allow, before looking at other
     * bookings: order, the past, how far ahead, duration, capacity, opening
     * hours and blocked periods.
     */
    public static void check(Room room, Interval wanted, int people, Instant now) {
        checkTime(room, wanted, now);
        if (people < 1) {
            throw Refusal.onField("people", "booking.people.min");
        }
        if (people > room.getCapacity()) {
            throw Refusal.onField("people", "booking.people.capacity", room.getCapacity(), people);
        }
    }

    /** The rules about time alone (for moving a booking, where the number of people stays). */
    public static void checkTime(Room room, Interval wanted, Instant now) {
        if (wanted.start().isBefore(now)) {
            throw Refusal.onField("start", "booking.time.past");
        }
        if (wanted.start().isAfter(now.plus(room.getMaxDaysAhead(), ChronoUnit.DAYS))) {
            throw Refusal.onField("start", "booking.time.tooFarAhead", room.getMaxDaysAhead());
        }
        long minutes = wanted.length().toMinutes();
        if (minutes < room.getMinMinutes()) {
            throw Refusal.onField("end", "booking.duration.tooShort", room.getMinMinutes());
        }
        if (minutes > room.getMaxMinutes()) {
            throw Refusal.onField("end", "booking.duration.tooLong", room.getMaxMinutes());
        }
        String hours = outsideOpeningHours(room, wanted);
        if (hours != null) {
            ZonedDateTime start = wanted.start().atZone(ZONE);
            throw hours.isEmpty()
                    ? Refusal.onField("start", "booking.closed", start.toLocalDate().format(DAY))
                    : Refusal.onField("start", "booking.outsideHours", start.toLocalDate().format(DAY), hours);
        }
        Optional<BlockedPeriod> blocked = room.blockedDuring(wanted.start(), wanted.end());
        if (blocked.isPresent()) {
            BlockedPeriod b = blocked.get();
            throw Refusal.onField("start", "booking.blocked", format(b.getStartsAt()), format(b.getEndsAt()),
                    b.getReason());
        }
    }

    /** Whether the rules about time allow this interval (used when looking for free slots). */
    public static boolean allows(Room room, Interval wanted, Instant now) {
        long minutes = wanted.length().toMinutes();
        return !wanted.start().isBefore(now)
                && !wanted.start().isAfter(now.plus(room.getMaxDaysAhead(), ChronoUnit.DAYS))
                && minutes >= room.getMinMinutes() && minutes <= room.getMaxMinutes()
                && outsideOpeningHours(room, wanted) == null
                && room.blockedDuring(wanted.start(), wanted.end()).isEmpty();
    }

    /**
     * Null when the interval lies within one day's opening hours; otherwise
     * that day's hours ("08:00–16:00"), or "" when the room is closed that day.
     */
    static String outsideOpeningHours(Room room, Interval wanted) {
        ZonedDateTime start = wanted.start().atZone(ZONE);
        ZonedDateTime end = wanted.end().atZone(ZONE);
        Optional<OpeningHours> hours = room.openingOn(start.getDayOfWeek());
        if (hours.isEmpty()) {
            return "";
        }
        int from = start.getHour() * 60 + start.getMinute();
        int to;
        if (end.toLocalDate().equals(start.toLocalDate())) {
            to = end.getHour() * 60 + end.getMinute();
        } else if (end.toLocalDate().equals(start.toLocalDate().plusDays(1)) && end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            to = OpeningHours.END_OF_DAY;
        } else {
            to = Integer.MAX_VALUE;
        }
        OpeningHours open = hours.get();
        return open.covers(from, to) ? null : open.getOpens().format(TIME) + "–" + open.getCloses().format(TIME);
    }

    /** The first of the taken intervals the wanted one clashes with, buffer included. */
    public static Optional<Interval> firstClash(Collection<Interval> taken, Interval wanted, int bufferMinutes) {
        return taken.stream().filter(t -> t.clashes(wanted, bufferMinutes))
                .min(Comparator.comparing(Interval::start));
    }

    /**
     * Up to {@code max} free intervals of the wanted length nearest to the
     * wanted time (before or after it, within a week), on a quarter-hour grid,
     * allowed by the room's rules and clear of the taken intervals.
     */
    public static List<Interval> nearestFree(Room room, Collection<Interval> taken, Interval wanted, Instant now,
            int max) {
        List<Interval> found = new ArrayList<>();
        Duration length = wanted.length();
        long minute = wanted.start().getEpochSecond() / 60;
        long step = STEP.toMinutes();
        Instant first = Instant.ofEpochSecond((minute - Math.floorMod(minute, step)) * 60); // on the grid
        long steps = SEARCH_REACH.dividedBy(STEP);
        for (long k = 0; k <= steps && found.size() < max; k++) {
            for (int sign : k == 0 ? new int[] {1} : new int[] {1, -1}) {
                Instant start = first.plus(STEP.multipliedBy(k * sign));
                Interval candidate = new Interval(start, start.plus(length));
                if (found.size() < max && !candidate.equals(wanted) && allows(room, candidate, now)
                        && firstClash(taken, candidate, room.getBufferMinutes()).isEmpty()
                        && found.stream().noneMatch(f -> f.clashes(candidate, 0))) {
                    found.add(candidate);
                }
            }
        }
        found.sort(Comparator.comparing((Interval i) -> Duration.between(wanted.start(), i.start()).abs())
                .thenComparing(Interval::start));
        return found;
    }

    /** "3.3.2027 10:00" in Copenhagen time. */
    public static String format(Instant instant) {
        ZonedDateTime t = instant.atZone(ZONE);
        return t.toLocalDate().format(DAY) + " " + t.toLocalTime().format(TIME);
    }

    /** "3.3.2027 10:00–12:00" (or with the end's date when it ends on another day). */
    public static String format(Interval interval) {
        ZonedDateTime s = interval.start().atZone(ZONE);
        ZonedDateTime e = interval.end().atZone(ZONE);
        return format(interval.start()) + "–" + (e.toLocalDate().equals(s.toLocalDate())
                || e.toLocalTime().equals(LocalTime.MIDNIGHT) && e.toLocalDate().equals(s.toLocalDate().plusDays(1))
                        ? e.toLocalTime().format(TIME) : format(interval.end()));
    }
}
