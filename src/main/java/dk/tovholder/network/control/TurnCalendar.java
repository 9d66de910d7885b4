package dk.tovholder.network.control;

import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaRhythm;
import dk.tovholder.network.entity.RotationUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a group's turns when its rhythm changed over time: each rhythm
 * (meeting days and rotation unit) gives the turns of its own stretch of days,
 * the current one from the last change on. A change takes effect from the turn
 * that is not over yet, so the turns before it keep their dates whatever the
 * group's rhythm is now. A month or quarter turn cut by the start of a stretch
 * begins on that day.
 */
public final class TurnCalendar {

    /** One rhythm over the days [from, until); {@code until} null for the current one. */
    public record Stretch(LocalDate from, LocalDate until, RotationUnit unit, Cadence cadence, boolean clamped) {
        public Stretch {
            Objects.requireNonNull(from);
            Objects.requireNonNull(unit);
            Objects.requireNonNull(cadence);
        }

        boolean contains(LocalDate day) {
            return until == null || day.isBefore(until);
        }
    }

    private final List<Stretch> stretches;

    public TurnCalendar(List<Stretch> stretches) {
        if (stretches.isEmpty()) {
            throw new IllegalArgumentException("no rhythm");
        }
        this.stretches = List.copyOf(stretches);
    }

    /** The group's calendar: its earlier rhythms (in the order they ended), then its current one. */
    public static TurnCalendar of(NetworkGroup group, List<RotaRhythm> earlier) {
        List<Stretch> stretches = new ArrayList<>();
        LocalDate from = group.getRotaStart();
        for (RotaRhythm r : earlier) {
            LocalDate until = r.getUntil().isBefore(from) ? from : r.getUntil();
            stretches.add(new Stretch(from, until, r.getRotationUnit(), r.getCadence(), !stretches.isEmpty()));
            from = until;
        }
        stretches.add(new Stretch(from, null, group.getRotationUnit(), group.getCadence(), !stretches.isEmpty()));
        return new TurnCalendar(stretches);
    }

    /** The turn dates in [from, to), in order, no duplicates. */
    public List<LocalDate> turns(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (Stretch s : stretches) {
            LocalDate lo = from.isBefore(s.from()) ? s.from() : from;
            LocalDate hi = s.until() != null && s.until().isBefore(to) ? s.until() : to;
            if (!lo.isBefore(hi)) {
                continue;
            }
            if (s.unit() == RotationUnit.MEETING) {
                dates.addAll(s.cadence().days(lo, hi));
                continue;
            }
            for (LocalDate p = s.unit().periodStart(s.from()); p.isBefore(hi); p = s.unit().periodEnd(p)) {
                if (!s.unit().periodEnd(p).isAfter(lo)) {
                    continue;
                }
                dates.add(s.clamped() && p.isBefore(s.from()) ? s.from() : p);
            }
        }
        return dates;
    }

    /** The regular meeting days in [from, to), each by the rhythm in force on it. */
    public List<LocalDate> meetingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (Stretch s : stretches) {
            LocalDate lo = from.isBefore(s.from()) ? s.from() : from;
            LocalDate hi = s.until() != null && s.until().isBefore(to) ? s.until() : to;
            if (lo.isBefore(hi)) {
                days.addAll(s.cadence().days(lo, hi));
            }
        }
        return days;
    }

    /** The turn a meeting day belongs to: the day itself, or the start of its month or quarter turn. */
    public LocalDate turnOf(LocalDate day) {
        Stretch s = stretchOf(day);
        LocalDate start = s.unit().periodStart(day);
        return s.clamped() && start.isBefore(s.from()) ? s.from() : start;
    }

    /** The first day after the turn. */
    public LocalDate end(LocalDate turn) {
        Stretch s = stretchOf(turn);
        LocalDate end = s.unit().periodEnd(s.unit().periodStart(turn));
        return s.until() != null && s.until().isBefore(end) ? s.until() : end;
    }

    /** The rhythm of meetings in force on the day. */
    public Cadence cadenceOn(LocalDate day) {
        return stretchOf(day).cadence();
    }

    /** The rotation unit in force on the day. */
    public RotationUnit unitOn(LocalDate day) {
        return stretchOf(day).unit();
    }

    /** From when a change made today takes effect: the start of the turn that is not over yet, or of the rota. */
    public LocalDate firstOpenDay(LocalDate today) {
        LocalDate current = turnOf(today);
        LocalDate start = stretches.get(0).from();
        LocalDate first = stretches.get(0).unit().periodStart(start);
        return first.isAfter(current) ? first : current;
    }

    /**
     * From when a new rhythm changed today applies: from the start of the turn
     * under way, so that it keeps its holder when its dates stay (a new meeting
     * day in a monthly rota), or from today, when the new rhythm would make
     * turns that are already over (meetings, or shorter periods, since the turn
     * under way began); that turn then ends today, held by whoever held it.
     */
    public LocalDate changeDay(LocalDate today, RotationUnit newUnit, Cadence newCadence) {
        LocalDate open = firstOpenDay(today);
        if (!open.isBefore(today)) {
            return open;
        }
        TurnCalendar trial = new TurnCalendar(List.of(new Stretch(open, null, newUnit, newCadence, true)));
        boolean overAlready = trial.turns(open, today).stream().anyMatch(t -> !trial.end(t).isAfter(today));
        return overAlready ? today : open;
    }

    private Stretch stretchOf(LocalDate day) {
        for (Stretch s : stretches) {
            if (s.contains(day)) {
                return s;
            }
        }
        return stretches.get(stretches.size() - 1);
    }
}
