package dk.tovholder.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.tovholder.network.control.Rota.Kind;
import dk.tovholder.network.control.Rota.OrderChange;
import dk.tovholder.network.control.Rota.Skip;
import dk.tovholder.network.control.Rota.Swap;
import dk.tovholder.network.control.Rota.Turn;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Rota#plan} over random scenarios, with java.util.Random and fixed seeds. A failure
 * message names the seed and prints the scenario; {@code scenario(seed)} rebuilds it.
 */
class RotaPropertyTest {

    private static final int SCENARIOS = 500;
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 6);

    // ------------------------------------------------------------------ the properties

    @Test
    void inAStretchWithTheSameMembersEveryoneAlwaysAvailableHoldsAsManyTurnsGiveOrTakeOne() {
        for (long seed = 1_000; seed < 1_000 + SCENARIOS; seed++) {
            Scenario s = scenario(seed);
            List<Turn> plan = s.plan();
            List<int[]> applied = appliedSwaps(plan, s.queuePlan(), s.turns, s.swaps);
            int n = s.turns.size();
            boolean[] changeApplies = changeAppliesAt(s);
            for (int i = 0; i < n; i++) {
                Set<Long> available = new HashSet<>(membersAt(s.orders, s.turns.get(i)));
                Map<Long, Integer> held = new HashMap<>();
                for (int j = i; j < n; j++) {
                    if (j > i && changeApplies[j]) {
                        break; // the members or their order change inside the stretch
                    }
                    available.removeAll(skippedAt(s.skips, s.turns.get(j)));
                    if (plan.get(j).holder() != null) {
                        held.merge(plan.get(j).holder(), 1, Integer::sum);
                    }
                    if (available.size() < 2 || cutsASwap(applied, i, j)) {
                        continue;
                    }
                    int min = available.stream().mapToInt(m -> held.getOrDefault(m, 0)).min().getAsInt();
                    int max = available.stream().mapToInt(m -> held.getOrDefault(m, 0)).max().getAsInt();
                    if (max - min > 1) {
                        Map<Long, Integer> counts = new HashMap<>();
                        available.forEach(m -> counts.put(m, held.getOrDefault(m, 0)));
                        fail("fairness: in turns " + (i + 1) + ".." + (j + 1) + " (" + s.turns.get(i) + " to "
                                + s.turns.get(j) + ") members always there and available held " + counts
                                + " turns, which differ by more than one\n" + s.describe(plan));
                    }
                }
            }
        }
    }

    @Test
    void thePastNeverChangesWhenLaterSkipsChangesAndSwapsAreAdded() {
        checkThePastNeverChanges(2_000, false);
    }

    /**
     * As above, but the scenario may already hold a swap between a turn before the cut and one after it
     * (e.g. agreed months ago). Adding something after the cut must not change the turn before it either.
     */
    @Test
    void thePastNeverChangesAlsoWhenASwapReachesAcrossTheCut() {
        checkThePastNeverChanges(3_000, true);
    }

    private static void checkThePastNeverChanges(long firstSeed, boolean keepSwapsAcrossTheCut) {
        for (long seed = firstSeed; seed < firstSeed + SCENARIOS; seed++) {
            Scenario base = scenario(seed);
            Random rnd = new Random(seed * 31 + 7);
            int n = base.turns.size();
            int cut = 1 + rnd.nextInt(n - 1);
            LocalDate cutDate = base.turns.get(cut);
            long gap = ChronoUnit.DAYS.between(base.turns.get(cut - 1), cutDate);
            if (rnd.nextBoolean()) {
                cutDate = cutDate.minusDays(rnd.nextInt((int) gap)); // maybe a day between two turns
            }
            LocalDate t = cutDate;
            if (!keepSwapsAcrossTheCut) {
                if (base.swaps.removeIf(w -> w.turnA().isBefore(t) != w.turnB().isBefore(t))) {
                    base.log.add("(then the swaps across " + t + " removed)");
                }
            }
            List<Turn> before = base.plan();

            Scenario later = base.copy(rnd);
            int extra = 1 + rnd.nextInt(6);
            for (int k = 0; k < extra; k++) {
                later.randomOperation(cut, t);
            }
            for (Skip skip : later.skips.subList(base.skips.size(), later.skips.size())) {
                assertTrue(!skip.turn().isBefore(t), "test generator: a skip before the cut");
            }
            List<Turn> after = later.plan();

            for (int i = 0; i < cut; i++) {
                if (!before.get(i).equals(after.get(i))) {
                    fail("the past changed: turn " + (i + 1) + " (" + base.turns.get(i) + ") before the cut " + t
                            + " was " + before.get(i) + " and became " + after.get(i)
                            + " after adding only operations dated on or after " + t + ":\n"
                            + later.describeAdditions(base) + "\nscenario before the additions:\n"
                            + base.describe(before) + "\nplan after: " + compact(after));
                }
            }
        }
    }

    @Test
    void withoutSwapsEveryTurnIsHeldByAMemberWhoIsAvailable() {
        for (long seed = 4_000; seed < 4_000 + SCENARIOS; seed++) {
            Scenario s = scenario(seed);
            s.swaps.clear();
            checkHoldersAreAvailableMembers(s, s.plan());
        }
    }

    @Test
    void everyTurnIsHeldByAMemberWhoIsAvailableAlsoAfterSwaps() {
        for (long seed = 5_000; seed < 5_000 + SCENARIOS; seed++) {
            Scenario s = scenario(seed);
            checkHoldersAreAvailableMembers(s, s.plan());
        }
    }

    private static void checkHoldersAreAvailableMembers(Scenario s, List<Turn> plan) {
        assertEquals(s.turns.size(), plan.size(), () -> "one entry per turn\n" + s.describe(plan));
        for (int i = 0; i < plan.size(); i++) {
            LocalDate date = s.turns.get(i);
            Turn turn = plan.get(i);
            List<Long> members = membersAt(s.orders, date);
            Set<Long> skipped = skippedAt(s.skips, date);
            boolean anyoneAvailable = members.stream().anyMatch(m -> !skipped.contains(m));
            String where = "turn " + (i + 1) + " (" + date + "), members " + members + ", skipped " + skipped
                    + ", got " + turn + "\n";
            assertEquals(date, turn.date(), () -> where + s.describe(plan));
            if (!anyoneAvailable) {
                assertNull(turn.holder(), () -> "nobody available, so nobody holds it: " + where + s.describe(plan));
                assertEquals(Kind.UNCOVERED, turn.kind(), () -> "nobody available: " + where + s.describe(plan));
                continue;
            }
            assertNotNull(turn.holder(), () -> "someone is available, so someone holds it: " + where
                    + s.describe(plan));
            assertTrue(turn.kind() != Kind.UNCOVERED, () -> "a held turn is not uncovered: " + where
                    + s.describe(plan));
            assertTrue(members.contains(turn.holder()), () -> "the holder must be a member at that turn: " + where
                    + s.describe(plan));
            assertTrue(!skipped.contains(turn.holder()), () -> "the holder must not be skipped for that turn: "
                    + where + s.describe(plan));
            if (turn.kind() == Kind.COVER) {
                assertTrue(!skipped.isEmpty(), () -> "a cover means someone was away: " + where + s.describe(plan));
            }
            if (skipped.isEmpty() && s.swaps.isEmpty()) {
                assertEquals(Kind.REGULAR, turn.kind(), () -> "nobody away, so nobody covers: " + where
                        + s.describe(plan));
            }
        }
    }

    @Test
    void withoutSwapsThePlanIsDeterministic() {
        for (long seed = 6_000; seed < 6_000 + SCENARIOS; seed++) {
            Scenario s = scenario(seed);
            s.swaps.clear();
            List<Turn> plan = s.plan();
            long seedForMessage = seed;
            assertEquals(plan, s.plan(), () -> "the same input gives the same plan, seed " + seedForMessage);

            Random rnd = new Random(seed);
            List<Skip> skips = new ArrayList<>(s.skips);
            List<OrderChange> orders = new ArrayList<>(s.orders);
            Collections.shuffle(skips, rnd);
            Collections.shuffle(orders, rnd);
            assertEquals(plan, Rota.plan(s.turns, orders, skips, List.of()),
                    () -> "the order in which skips and (differently dated) changes are listed does not matter\n"
                            + s.describe(plan));
        }
    }

    @Test
    void withTheSameMembersAndNoSkipsEveryoneHoldsAsManyTurnsGiveOrTakeOne() {
        for (long seed = 7_000; seed < 7_000 + SCENARIOS; seed++) {
            Random rnd = new Random(seed);
            int count = 3 + rnd.nextInt(6);
            List<Long> order = new ArrayList<>();
            for (long m = 1; m <= count; m++) {
                order.add(m * 10 + rnd.nextInt(10));
            }
            Collections.shuffle(order, rnd);
            List<LocalDate> turns = randomTurns(rnd, 1 + rnd.nextInt(60));
            LocalDate from = turns.get(0).minusDays(rnd.nextInt(30));
            List<Turn> plan = Rota.plan(turns, List.of(new OrderChange(from, order, false)), List.of(), List.of());

            Map<Long, Long> held = totals(plan);
            long min = order.stream().mapToLong(m -> held.getOrDefault(m, 0L)).min().getAsLong();
            long max = order.stream().mapToLong(m -> held.getOrDefault(m, 0L)).max().getAsLong();
            String scenario = "seed " + seed + ", order " + order + ", " + turns.size() + " turns from " + turns.get(0)
                    + ": " + compact(plan);
            assertTrue(max - min <= 1, () -> "totals " + held + " differ by more than one; " + scenario);
            for (int i = 0; i < plan.size(); i++) {
                int k = i;
                assertEquals(new Turn(turns.get(i), order.get(i % count), Kind.REGULAR), plan.get(i),
                        () -> "turn " + (k + 1) + " goes to the member in round-robin order; " + scenario);
            }
        }
    }

    @Test
    void swapsOnlyExchangeTheirTwoTurns() {
        for (long seed = 8_000; seed < 8_000 + SCENARIOS; seed++) {
            Scenario s = scenario(seed);
            List<Turn> queue = s.queuePlan();
            List<Turn> plan = s.plan();
            Set<LocalDate> swapped = new HashSet<>();
            s.swaps.forEach(w -> {
                swapped.add(w.turnA());
                swapped.add(w.turnB());
            });
            for (int i = 0; i < plan.size(); i++) {
                int k = i;
                if (!swapped.contains(s.turns.get(i))) {
                    assertEquals(queue.get(i), plan.get(i),
                            () -> "turn " + (k + 1) + " is in no swap and must be as without swaps\n"
                                    + s.describe(plan));
                } else if (plan.get(i).kind() != Kind.SWAPPED) {
                    assertEquals(queue.get(i), plan.get(i),
                            () -> "turn " + (k + 1) + " is not marked swapped and must be as without swaps\n"
                                    + s.describe(plan));
                }
            }
            Map<Long, Long> expected = new HashMap<>(totals(queue));
            for (int[] w : appliedSwaps(plan, queue, s.turns, s.swaps)) {
                if (w[1] == s.turns.size()) { // only the first half was made: one turn moved, not two
                    expected.merge(plan.get(w[0]).holder(), 1L, Long::sum);
                    expected.merge(queue.get(w[0]).holder(), -1L, Long::sum);
                }
            }
            expected.values().removeIf(v -> v == 0);
            assertEquals(expected, totals(plan),
                    () -> "swaps exchange turns, so everyone's total is as without swaps (but for swaps whose "
                            + "second half lapsed)\n" + s.describe(plan));
        }
    }

    // ------------------------------------------------------------------ the model

    /** the members at a date: those of the last change effective on or before it (the test uses distinct dates) */
    static List<Long> membersAt(List<OrderChange> orders, LocalDate date) {
        OrderChange last = null;
        for (OrderChange o : orders) {
            if (!o.effectiveFrom().isAfter(date) && (last == null || o.effectiveFrom().isAfter(last.effectiveFrom()))) {
                last = o;
            }
        }
        return last == null ? List.of() : last.order();
    }

    static Set<Long> skippedAt(List<Skip> skips, LocalDate date) {
        Set<Long> skipped = new TreeSet<>();
        skips.stream().filter(s -> s.turn().equals(date)).forEach(s -> skipped.add(s.member()));
        return skipped;
    }

    /** changeApplies[k]: some order change takes effect at turn k (the first turn on or after its date) */
    private static boolean[] changeAppliesAt(Scenario s) {
        boolean[] applies = new boolean[s.turns.size()];
        for (OrderChange o : s.orders) {
            for (int k = 0; k < s.turns.size(); k++) {
                if (!s.turns.get(k).isBefore(o.effectiveFrom())) {
                    applies[k] = true;
                    break;
                }
            }
        }
        return applies;
    }

    /**
     * The swaps as the plan shows them taking effect (the queue gave the turn to the member who agreed to give
     * it away, and the plan shows the other member holding it), earlier turn first: {a, b} when both halves were made;
     * {a, n} (a "turn" past the end) when only the first half was made and the second lapsed, so that every
     * stretch containing the first half counts as cut.
     */
    private static List<int[]> appliedSwaps(List<Turn> plan, List<Turn> queue, List<LocalDate> turns,
            List<Swap> swaps) {
        List<int[]> applied = new ArrayList<>();
        for (Swap w : swaps) {
            Swap o = w.turnA().isAfter(w.turnB()) ? new Swap(w.turnB(), w.holderB(), w.turnA(), w.holderA()) : w;
            int a = turns.indexOf(o.turnA());
            int b = turns.indexOf(o.turnB());
            if (a < 0 || b < 0 || a == b) {
                continue;
            }
            boolean first = plan.get(a).kind() == Kind.SWAPPED && Objects.equals(plan.get(a).holder(), o.holderB())
                    && Objects.equals(queue.get(a).holder(), o.holderA());
            boolean second = plan.get(b).kind() == Kind.SWAPPED && Objects.equals(plan.get(b).holder(), o.holderA())
                    && Objects.equals(queue.get(b).holder(), o.holderB());
            if (first) {
                applied.add(new int[] {a, second ? b : turns.size()});
            }
        }
        return applied;
    }

    private static boolean cutsASwap(List<int[]> applied, int from, int to) {
        for (int[] w : applied) {
            boolean a = w[0] >= from && w[0] <= to;
            boolean b = w[1] >= from && w[1] <= to;
            if (a != b) {
                return true;
            }
        }
        return false;
    }

    private static Map<Long, Long> totals(List<Turn> plan) {
        return plan.stream().filter(t -> t.holder() != null)
                .collect(Collectors.groupingBy(Turn::holder, Collectors.counting()));
    }

    // ------------------------------------------------------------------ random scenarios

    /** turns from a random day in 2026, mostly weekly, sometimes irregular gaps */
    private static List<LocalDate> randomTurns(Random rnd, int count) {
        List<LocalDate> turns = new ArrayList<>();
        LocalDate d = EPOCH.plusDays(rnd.nextInt(365));
        boolean weekly = rnd.nextInt(3) > 0;
        for (int i = 0; i < count; i++) {
            turns.add(d);
            d = d.plusDays(weekly ? 7 : 1 + rnd.nextInt(28));
        }
        return turns;
    }

    /** The random scenario of a seed: turns, 3-8 members, and 0-15 random operations. */
    static Scenario scenario(long seed) {
        Random rnd = new Random(seed);
        Scenario s = new Scenario(seed, rnd, randomTurns(rnd, 8 + rnd.nextInt(33)));
        int count = 3 + rnd.nextInt(6);
        List<Long> first = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            first.add(s.newMember());
        }
        LocalDate from = rnd.nextInt(10) == 0
                ? s.turns.get(1 + rnd.nextInt(2)) // the first turns have nobody yet
                : s.turns.get(0).minusDays(rnd.nextInt(3) == 0 ? rnd.nextInt(30) : 0);
        s.orders.add(new OrderChange(from, first, false));
        s.log.add("members " + compact(s.orders.get(0)));
        int operations = rnd.nextInt(16);
        for (int k = 0; k < operations; k++) {
            s.randomOperation(0, s.turns.get(0));
        }
        return s;
    }

    static final class Scenario {
        final long seed;
        final Random rnd;
        final List<LocalDate> turns;
        final List<OrderChange> orders = new ArrayList<>();
        final List<Skip> skips = new ArrayList<>();
        final List<Swap> swaps = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        private long nextMember = 1;

        Scenario(long seed, Random rnd, List<LocalDate> turns) {
            this.seed = seed;
            this.rnd = rnd;
            this.turns = turns;
        }

        Scenario copy(Random rnd) {
            Scenario c = new Scenario(seed, rnd, turns);
            c.orders.addAll(orders);
            c.skips.addAll(skips);
            c.swaps.addAll(swaps);
            c.nextMember = nextMember;
            c.log.addAll(log);
            return c;
        }

        List<Turn> plan() {
            return Rota.plan(turns, orders, skips, swaps);
        }

        List<Turn> queuePlan() {
            return Rota.plan(turns, orders, skips, List.of());
        }

        long newMember() {
            return nextMember++;
        }

        /** one random operation at turn index minTurn or later, dated on or after notBefore */
        void randomOperation(int minTurn, LocalDate notBefore) {
            int kind = rnd.nextInt(100);
            if (kind < 45) {
                skip(minTurn);
            } else if (kind < 65) {
                change(minTurn, notBefore, false);
            } else if (kind < 73) {
                change(minTurn, notBefore, true);
            } else {
                swap(minTurn);
            }
        }

        private void skip(int minTurn) {
            LocalDate date = turns.get(minTurn + rnd.nextInt(turns.size() - minTurn));
            List<Long> members = membersAt(orders, date);
            if (members.isEmpty() || rnd.nextInt(20) == 0) {
                skips.add(new Skip(date, 1 + rnd.nextInt((int) nextMember))); // maybe not a member (then harmless)
            } else if (rnd.nextInt(8) == 0) {
                members.forEach(m -> skips.add(new Skip(date, m))); // everyone is away
                log.add("everyone skips " + date);
                return;
            } else {
                skips.add(new Skip(date, members.get(rnd.nextInt(members.size()))));
            }
            log.add("skip " + skips.get(skips.size() - 1).turn() + " x" + skips.get(skips.size() - 1).member());
        }

        private void change(int minTurn, LocalDate notBefore, boolean reorder) {
            int k = Math.max(1, minTurn) + rnd.nextInt(turns.size() - Math.max(1, minTurn));
            LocalDate date = turns.get(k);
            long gap = ChronoUnit.DAYS.between(turns.get(k - 1), date);
            if (rnd.nextInt(3) == 0) {
                date = date.minusDays(rnd.nextInt((int) gap)); // maybe between two turns: applies from turn k
            }
            if (date.isBefore(notBefore)) {
                date = notBefore; // just on the cut
            }
            if (usedDate(date)) {
                return;
            }
            List<Long> members = new ArrayList<>(membersAt(orders, date));
            if (reorder) {
                Collections.shuffle(members, rnd);
            }
            if (!reorder || rnd.nextInt(3) == 0) {
                if (members.isEmpty() || (members.size() < 8 && rnd.nextBoolean())) {
                    long joining = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt((int) nextMember) : newMember();
                    if (!members.contains(joining)) {
                        members.add(rnd.nextInt(members.size() + 1), joining); // listed anywhere
                    }
                } else if (members.size() > 1 || rnd.nextInt(4) == 0) {
                    members.remove(rnd.nextInt(members.size()));
                }
            }
            if (!reorder && rnd.nextInt(3) == 0) {
                Collections.shuffle(members, rnd); // without reorder, the listing order must not matter
            }
            orders.add(new OrderChange(date, members, reorder));
            log.add("change " + compact(orders.get(orders.size() - 1)));
        }

        private boolean usedDate(LocalDate date) {
            return orders.stream().anyMatch(o -> o.effectiveFrom().equals(date));
        }

        /**
         * a swap agreed on the current plan: two turns in no other swap (as the app requires), their current
         * holders, each available for the other turn
         */
        private void swap(int minTurn) {
            List<Turn> plan = plan();
            for (int attempt = 0; attempt < 20; attempt++) {
                int a = minTurn + rnd.nextInt(turns.size() - minTurn);
                int b = minTurn + rnd.nextInt(turns.size() - minTurn);
                Long ha = plan.get(a).holder();
                Long hb = plan.get(b).holder();
                if (a == b || ha == null || hb == null || ha.equals(hb)) {
                    continue;
                }
                LocalDate ta = turns.get(a);
                LocalDate tb = turns.get(b);
                if (swaps.stream().anyMatch(w -> Set.of(w.turnA(), w.turnB()).contains(ta)
                        || Set.of(w.turnA(), w.turnB()).contains(tb))) {
                    continue; // as in the app: a turn takes part in one swap
                }
                if (!membersAt(orders, turns.get(a)).contains(hb) || !membersAt(orders, turns.get(b)).contains(ha)
                        || skippedAt(skips, turns.get(a)).contains(hb) || skippedAt(skips, turns.get(b)).contains(ha)) {
                    continue;
                }
                swaps.add(new Swap(turns.get(a), ha, turns.get(b), hb));
                log.add("swap " + compact(swaps.get(swaps.size() - 1)));
                return;
            }
        }

        String describe(List<Turn> plan) {
            return "seed " + seed + " (RotaPropertyTest.scenario(" + seed + "L))\n  turns: " + turns
                    + "\n  orders: " + orders.stream().map(RotaPropertyTest::compact).toList()
                    + "\n  skips: " + skips.stream().map(k -> k.turn() + " x" + k.member()).toList()
                    + "\n  swaps: " + swaps.stream().map(RotaPropertyTest::compact).toList()
                    + "\n  operations in the order they were generated: " + log
                    + "\n  plan: " + compact(plan);
        }

        String describeAdditions(Scenario base) {
            List<OrderChange> newOrders = new ArrayList<>(orders);
            newOrders.removeAll(base.orders);
            return "  added orders: " + newOrders.stream().map(RotaPropertyTest::compact).toList()
                    + "\n  added skips: "
                    + skips.subList(base.skips.size(), skips.size()).stream().map(k -> k.turn() + " x" + k.member())
                            .toList()
                    + "\n  added swaps: "
                    + swaps.subList(base.swaps.size(), swaps.size()).stream().map(RotaPropertyTest::compact).toList();
        }
    }

    static String compact(OrderChange o) {
        return "from " + o.effectiveFrom() + " " + o.order() + (o.reorder() ? " reorder" : "");
    }

    static String compact(Swap w) {
        return w.turnA() + ":" + w.holderA() + "<->" + w.turnB() + ":" + w.holderB();
    }

    static String compact(List<Turn> plan) {
        return plan.stream().map(t -> t.date() + "=" + t.holder() + (t.kind() == Kind.REGULAR ? "" : " " + t.kind()))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
