package dk.tovholder.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaRhythm;
import dk.tovholder.network.entity.RotationUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * "The past never changes", over random histories: a group's rota goes through
 * any sequence of rhythm changes (meeting day, interval, weekly or monthly,
 * rotation unit), order changes, skips, swaps proposed and accepted, and the
 * swaps that lapse withdrawn, each made on a later day and applied the way
 * {@code NetworkGroups} applies it. After every change, every turn that was
 * over keeps its date and holder, and no turn that is over appears or changes
 * holder. java.util.Random with fixed seeds; a failure names the seed and the
 * history.
 */
class RhythmHistoryPropertyTest {

    private static final int SCENARIOS = 400;
    private static final int STEPS = 40;
    private static final List<Long> MEMBERS = List.of(11L, 12L, 13L, 14L, 15L);

    /** A swap as stored: its turns, holders and status. */
    private static final class StoredSwap {
        final Rota.Swap swap;
        String status = "PENDING";

        StoredSwap(Rota.Swap swap) {
            this.swap = swap;
        }
    }

    /** A group's stored rota history, changed as the boundary changes it. */
    private static final class History {
        final NetworkGroup group;
        final List<RotaRhythm> rhythms = new ArrayList<>();
        final List<Rota.OrderChange> orders = new ArrayList<>();
        final List<Rota.Skip> skips = new ArrayList<>();
        final List<StoredSwap> swaps = new ArrayList<>();
        final List<String> log = new ArrayList<>();

        History(LocalDate start, Random rnd) {
            group = new NetworkGroup("Egnsgruppen", null, start);
            group.meet(randomCadence(rnd, start), randomUnit(rnd));
            orders.add(new Rota.OrderChange(group.turnOf(start), randomOrder(rnd), false));
            log.add("start " + start + " " + describe(group.getRotationUnit(), group.getCadence()) + " order "
                    + orders.get(0).order());
        }

        TurnCalendar calendar() {
            return TurnCalendar.of(group, rhythms);
        }

        List<Rota.Turn> plan(LocalDate today) {
            return Rota.plan(calendar().turns(group.getRotaStart(), today.plusYears(2)), orders, skips,
                    swaps.stream().filter(s -> s.status.equals("ACCEPTED")).map(s -> s.swap).toList());
        }

        boolean future(TurnCalendar calendar, LocalDate turn, LocalDate today) {
            return calendar.end(turn).isAfter(today);
        }

        /** NetworkGroups.withdrawChangedSwaps */
        void withdrawChangedSwaps(LocalDate today) {
            TurnCalendar calendar = calendar();
            for (int round = 0; round <= swaps.size(); round++) {
                Map<LocalDate, Rota.Turn> plan = new HashMap<>();
                plan(today).forEach(t -> plan.put(t.date(), t));
                StoredSwap lapsed = swaps.stream()
                        .filter(s -> s.status.equals("PENDING") || s.status.equals("ACCEPTED"))
                        .filter(s -> future(calendar, s.swap.turnA(), today) && future(calendar, s.swap.turnB(), today))
                        .filter(s -> !RotaPlanner.stillApplies(s.swap, s.status.equals("PENDING"), plan))
                        .findFirst().orElse(null);
                if (lapsed == null) {
                    return;
                }
                lapsed.status = "WITHDRAWN";
                log.add("  withdrawn " + lapsed.swap);
            }
        }

        /** NetworkGroups.update with new meeting days or rotation unit (keepThePast). */
        void changeRhythm(LocalDate today, Random rnd) {
            TurnCalendar before = calendar();
            RotationUnit unit = group.getRotationUnit();
            Cadence cadence = group.getCadence().copy();
            group.meet(randomCadence(rnd, today.minusDays(rnd.nextInt(60))), randomUnit(rnd));
            LocalDate from = before.changeDay(today, group.getRotationUnit(), group.getCadence());
            if (from.isAfter(group.getRotaStart())) {
                rhythms.add(new RotaRhythm(1L, from, unit, cadence));
            }
            log.add(today + ": rhythm from " + from + " " + describe(group.getRotationUnit(), group.getCadence()));
            withdrawChangedSwaps(today);
        }

        /** NetworkGroups.recordOrder */
        void changeOrder(LocalDate today, Random rnd) {
            LocalDate from = calendar().firstOpenDay(today);
            Rota.OrderChange change = new Rota.OrderChange(from, randomOrder(rnd), rnd.nextBoolean());
            orders.add(change);
            log.add(today + ": " + (change.reorder() ? "reorder" : "members") + " from " + from + " " + change.order());
            withdrawChangedSwaps(today);
        }

        List<Rota.Turn> futureTurns(LocalDate today) {
            TurnCalendar calendar = calendar();
            return plan(today).stream().filter(t -> future(calendar, t.date(), today)).limit(12).toList();
        }

        /** NetworkGroups.skip */
        void skip(LocalDate today, Random rnd) {
            List<Rota.Turn> coming = futureTurns(today).stream().filter(t -> t.holder() != null).toList();
            if (coming.isEmpty()) {
                return;
            }
            Rota.Turn turn = coming.get(rnd.nextInt(coming.size()));
            skips.add(new Rota.Skip(turn.date(), turn.holder()));
            List<Rota.Turn> after = plan(today);
            if (after.stream().filter(t -> t.date().equals(turn.date())).findFirst().orElseThrow().holder() == null) {
                skips.remove(skips.size() - 1); // nobody could take it: refused
                return;
            }
            log.add(today + ": skip " + turn.date() + " of " + turn.holder());
            withdrawChangedSwaps(today);
        }

        /** NetworkGroups.proposeSwap */
        void propose(LocalDate today, Random rnd) {
            List<Rota.Turn> coming = futureTurns(today).stream().filter(t -> t.holder() != null).toList();
            if (coming.size() < 2) {
                return;
            }
            Rota.Turn a = coming.get(rnd.nextInt(coming.size()));
            Rota.Turn b = coming.get(rnd.nextInt(coming.size()));
            boolean busy = swaps.stream().filter(s -> s.status.equals("PENDING") || s.status.equals("ACCEPTED"))
                    .anyMatch(s -> List.of(s.swap.turnA(), s.swap.turnB()).contains(a.date())
                            || List.of(s.swap.turnA(), s.swap.turnB()).contains(b.date()));
            if (a.holder().equals(b.holder()) || busy) {
                return;
            }
            swaps.add(new StoredSwap(new Rota.Swap(a.date(), a.holder(), b.date(), b.holder())));
            log.add(today + ": propose " + swaps.get(swaps.size() - 1).swap);
        }

        /** NetworkGroups.decideSwap (accept) */
        void accept(LocalDate today, Random rnd) {
            List<StoredSwap> pending = swaps.stream().filter(s -> s.status.equals("PENDING")).toList();
            if (pending.isEmpty()) {
                return;
            }
            StoredSwap s = pending.get(rnd.nextInt(pending.size()));
            TurnCalendar calendar = calendar();
            if (!future(calendar, s.swap.turnA(), today) || !future(calendar, s.swap.turnB(), today)) {
                return;
            }
            s.status = "ACCEPTED";
            Map<LocalDate, Rota.Turn> plan = new HashMap<>();
            plan(today).forEach(t -> plan.put(t.date(), t));
            if (!RotaPlanner.stillApplies(s.swap, false, plan)) {
                s.status = "PENDING"; // it would lapse: refused
                return;
            }
            log.add(today + ": accept " + s.swap);
        }
    }

    @Test
    void anySequenceOfRhythmOrderSkipAndSwapChangesLeavesEveryPastTurnAsItWas() {
        for (long seed = 7_000; seed < 7_000 + SCENARIOS; seed++) {
            Random rnd = new Random(seed);
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(400));
            History history = new History(start, rnd);
            LocalDate today = start.plusDays(rnd.nextInt(30));
            for (int step = 0; step < STEPS; step++) {
                today = today.plusDays(rnd.nextInt(25));
                LocalDate day = today;
                Map<LocalDate, Long> before = past(history, day);
                Map<LocalDate, Long> wholeBefore = holders(history.plan(day));
                switch (rnd.nextInt(6)) {
                    case 0 -> history.changeRhythm(day, rnd);
                    case 1 -> history.changeOrder(day, rnd);
                    case 2 -> history.skip(day, rnd);
                    case 3 -> history.propose(day, rnd);
                    case 4 -> history.accept(day, rnd);
                    default -> history.changeRhythm(day, rnd);
                }
                Map<LocalDate, Long> after = past(history, day);
                for (Map.Entry<LocalDate, Long> turn : before.entrySet()) {
                    if (!after.containsKey(turn.getKey())
                            || !Objects.equals(turn.getValue(), after.get(turn.getKey()))) {
                        fail("seed " + seed + ": the past turn " + turn.getKey() + " held by " + turn.getValue()
                                + " became " + (after.containsKey(turn.getKey()) ? "held by "
                                        + after.get(turn.getKey()) : "no turn") + " on " + day + "\n"
                                + String.join("\n", history.log));
                    }
                }
                for (Map.Entry<LocalDate, Long> turn : after.entrySet()) {
                    if (!wholeBefore.containsKey(turn.getKey())
                            || !Objects.equals(wholeBefore.get(turn.getKey()), turn.getValue())) {
                        fail("seed " + seed + ": a turn that is over, " + turn.getKey() + " held by " + turn.getValue()
                                + ", was not so before the change on " + day + "\n" + String.join("\n", history.log));
                    }
                }
            }
        }
    }

    @Test
    void theGeneratorReallyChangesRhythmsAndMakesSwaps() {
        int rhythms = 0;
        int accepted = 0;
        int withdrawn = 0;
        int pastTurns = 0;
        for (long seed = 7_000; seed < 7_100; seed++) {
            Random rnd = new Random(seed);
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(400));
            History history = new History(start, rnd);
            LocalDate today = start.plusDays(rnd.nextInt(30));
            for (int step = 0; step < STEPS; step++) {
                today = today.plusDays(rnd.nextInt(25));
                switch (rnd.nextInt(6)) {
                    case 0, 5 -> history.changeRhythm(today, rnd);
                    case 1 -> history.changeOrder(today, rnd);
                    case 2 -> history.skip(today, rnd);
                    case 3 -> history.propose(today, rnd);
                    default -> history.accept(today, rnd);
                }
            }
            rhythms += history.rhythms.size();
            accepted += (int) history.swaps.stream().filter(s -> s.status.equals("ACCEPTED")).count();
            withdrawn += (int) history.swaps.stream().filter(s -> s.status.equals("WITHDRAWN")).count();
            pastTurns += past(history, today).size();
        }
        assertTrue(rhythms > 500, "rhythm changes recorded: " + rhythms);
        assertTrue(accepted > 10, "swaps accepted: " + accepted);
        assertTrue(withdrawn > 20, "swaps withdrawn: " + withdrawn);
        assertTrue(pastTurns > 2_000, "turns over: " + pastTurns);
    }

    @Test
    void aNewMeetingDayMovesOnlyTheComingTurns() {
        LocalDate start = LocalDate.of(2026, 1, 6); // a Tuesday
        NetworkGroup group = new NetworkGroup("Ugegruppen", null, start);
        group.meet(Cadence.weekly(1, DayOfWeek.TUESDAY, LocalTime.of(9, 0), 60, start), group.getRotationUnit());
        List<RotaRhythm> rhythms = new ArrayList<>();
        LocalDate today = LocalDate.of(2026, 2, 4); // a Wednesday
        List<LocalDate> before = TurnCalendar.of(group, rhythms).turns(start, LocalDate.of(2026, 3, 1));

        rhythms.add(new RotaRhythm(1L, today, group.getRotationUnit(), group.getCadence()));
        group.meet(Cadence.weekly(1, DayOfWeek.THURSDAY, LocalTime.of(9, 0), 60, today), group.getRotationUnit());
        List<LocalDate> after = TurnCalendar.of(group, rhythms).turns(start, LocalDate.of(2026, 3, 1));

        assertEquals(before.subList(0, 5), after.subList(0, 5), "the Tuesdays until today stay");
        assertEquals(List.of(LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 19),
                LocalDate.of(2026, 2, 26)), after.subList(5, after.size()), "Thursdays from today on");
    }

    @Test
    void aMonthTurnUnderWayIsKeptWhenOnlyTheMeetingDayChangesAndEndsTodayWhenMeetingsBecomeTheTurns() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        NetworkGroup group = new NetworkGroup("Månedsgruppen", null, start);
        group.meet(group.getCadence(), RotationUnit.MONTH);
        group.meet(Cadence.monthly(1, DayOfWeek.MONDAY, LocalTime.of(9, 0), 60, start), group.getRotationUnit());
        LocalDate today = LocalDate.of(2026, 3, 15);
        TurnCalendar before = TurnCalendar.of(group, List.of());
        assertEquals(LocalDate.of(2026, 3, 1), before.firstOpenDay(today));

        List<RotaRhythm> sameUnit = List.of(new RotaRhythm(1L, before.firstOpenDay(today), RotationUnit.MONTH,
                group.getCadence()));
        group.meet(Cadence.monthly(2, DayOfWeek.FRIDAY, LocalTime.of(9, 0), 60, today), group.getRotationUnit());
        TurnCalendar friday = TurnCalendar.of(group, sameUnit);
        assertEquals(before.turns(start, LocalDate.of(2026, 7, 1)), friday.turns(start, LocalDate.of(2026, 7, 1)),
                "the month turns stay as they were");

        group.meet(group.getCadence(), RotationUnit.MEETING);
        TurnCalendar meetings = TurnCalendar.of(group, List.of(new RotaRhythm(1L, today, RotationUnit.MONTH,
                before.cadenceOn(start))));
        assertEquals(LocalDate.of(2026, 3, 15), meetings.end(LocalDate.of(2026, 3, 1)), "March's turn ends today");
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 8)), meetings.turns(start, LocalDate.of(2026, 6, 1)),
                "then the second Fridays");
    }

    // ------------------------------------------------------------------ generators and helpers

    /** The holders of the turns that are over on the day (end on or before it). */
    private static Map<LocalDate, Long> past(History history, LocalDate today) {
        TurnCalendar calendar = history.calendar();
        Map<LocalDate, Long> past = new LinkedHashMap<>();
        for (Rota.Turn t : history.plan(today)) {
            if (!calendar.end(t.date()).isAfter(today)) {
                past.put(t.date(), t.holder());
            }
        }
        return past;
    }

    private static Map<LocalDate, Long> holders(List<Rota.Turn> plan) {
        Map<LocalDate, Long> holders = new HashMap<>();
        plan.forEach(t -> holders.put(t.date(), t.holder()));
        return holders;
    }

    private static Cadence randomCadence(Random rnd, LocalDate from) {
        DayOfWeek day = DayOfWeek.of(1 + rnd.nextInt(5));
        if (rnd.nextInt(3) == 0) {
            return Cadence.monthly(1 + rnd.nextInt(Cadence.LAST), day, LocalTime.of(9 + rnd.nextInt(8), 0), 90, from);
        }
        return Cadence.weekly(1 + rnd.nextInt(4), day, LocalTime.of(9 + rnd.nextInt(8), 0), 90, from);
    }

    private static RotationUnit randomUnit(Random rnd) {
        int r = rnd.nextInt(6);
        return r < 4 ? RotationUnit.MEETING : r == 4 ? RotationUnit.MONTH : RotationUnit.QUARTER;
    }

    private static List<Long> randomOrder(Random rnd) {
        List<Long> members = new ArrayList<>(MEMBERS);
        Collections.shuffle(members, rnd);
        return List.copyOf(members.subList(0, 2 + rnd.nextInt(members.size() - 1)));
    }

    private static String describe(RotationUnit unit, Cadence c) {
        return unit + " " + c.getKind() + "/" + c.getInterval() + " " + c.getDay()
                + (c.getWeekOfMonth() == null ? "" : " #" + c.getWeekOfMonth()) + " from " + c.getFirstDate();
    }
}
