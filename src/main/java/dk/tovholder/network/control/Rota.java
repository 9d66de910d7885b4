package dk.tovholder.network.control;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rotating coordinator duty as a pure function: from the turns of a group
 * (meeting dates, or period starts), the history of its core members' order,
 * the skips and the accepted swaps, it computes who holds each turn.
 *
 * <p>The rule is a queue. The holder of a turn is the first member in the
 * queue who has not been marked unavailable for that turn; the holder then
 * goes to the back. A skipped member therefore keeps its place at the front
 * and takes the next turn it is available for, while the one who covered
 * moves to the back as if it had held its own turn. Consequence (tested as a
 * property): among members who are in the rota and available for every turn
 * of a stretch of consecutive turns, the number of turns each holds in that
 * stretch differs by at most one.
 *
 * <p>A change of the core members takes effect from a turn on: members who
 * stay keep their place, new members join at the back, removed ones leave;
 * an explicit reorder sets the queue to the new order. Turns before the
 * change are computed exactly as before, because a turn depends only on what
 * took effect at or before it (tested: the past never changes).
 *
 * <p>An accepted swap exchanges the holders of two turns without moving the
 * queue, so it never shifts anyone else's turns. It is applied turn by turn
 * (see {@link #swapped}): a member never holds a turn it is unavailable for or
 * not in the rota at, and later changes never alter a turn before them.
 */
public final class Rota {

    /** From this turn on, the core members are these, in this order. */
    public record OrderChange(LocalDate effectiveFrom, List<Long> order, boolean reorder) {
        public OrderChange {
            Objects.requireNonNull(effectiveFrom);
            order = List.copyOf(order);
            if (new HashSet<>(order).size() != order.size()) {
                throw new IllegalArgumentException("a member twice in the order: " + order);
            }
        }
    }

    /** The member cannot hold the duty for this turn. */
    public record Skip(LocalDate turn, long member) {
    }

    /** Two members exchange two turns (accepted by both). */
    public record Swap(LocalDate turnA, long holderA, LocalDate turnB, long holderB) {
    }

    public enum Kind {
        /** the member whose turn it was in the queue */
        REGULAR,
        /** someone earlier in the queue was unavailable; this member covers */
        COVER,
        /** exchanged by an accepted swap */
        SWAPPED,
        /** no core member is available: nobody holds it */
        UNCOVERED
    }

    public record Turn(LocalDate date, Long holder, Kind kind) {
    }

    private Rota() {
    }

    /**
     * The holders of the given turns (in date order, no duplicates).
     *
     * @param turns the dates of the turns
     * @param orders the core members over time; the first change must take effect at or before the first turn for it to be held
     * @param skips who is unavailable when
     * @param swaps accepted swaps
     */
    public static List<Turn> plan(List<LocalDate> turns, List<OrderChange> orders, List<Skip> skips,
            List<Swap> swaps) {
        List<OrderChange> changes = orders.stream().sorted(Comparator.comparing(OrderChange::effectiveFrom)).toList();
        Map<LocalDate, Set<Long>> unavailable = new HashMap<>();
        skips.forEach(s -> unavailable.computeIfAbsent(s.turn(), d -> new HashSet<>()).add(s.member()));
        Map<LocalDate, List<Swap>> swapsStarting = new HashMap<>();
        for (Swap swap : swaps) {
            Swap ordered = swap.turnA().isAfter(swap.turnB())
                    ? new Swap(swap.turnB(), swap.holderB(), swap.turnA(), swap.holderA()) : swap;
            swapsStarting.computeIfAbsent(ordered.turnA(), d -> new ArrayList<>()).add(ordered);
        }
        Map<LocalDate, Swap> owed = new HashMap<>();

        Deque<Long> queue = new ArrayDeque<>();
        List<Turn> plan = new ArrayList<>(turns.size());
        int nextChange = 0;
        LocalDate previous = null;
        for (LocalDate date : turns) {
            if (previous != null && !date.isAfter(previous)) {
                throw new IllegalArgumentException("turns must be in date order without duplicates: " + date);
            }
            previous = date;
            while (nextChange < changes.size() && !changes.get(nextChange).effectiveFrom().isAfter(date)) {
                apply(queue, changes.get(nextChange++));
            }
            Set<Long> away = unavailable.getOrDefault(date, Set.of());
            Turn natural = holderOf(date, queue, away);
            plan.add(swapped(natural, queue, away, swapsStarting.getOrDefault(date, List.of()), owed));
        }
        return plan;
    }

    /**
     * A swap takes effect turn by turn, never looking ahead: at its first turn
     * the other member holds it, if the queue gave that turn to the member who
     * agreed to give it away and the other member is in the rota and available;
     * at its second turn the first member takes the other's turn back under the
     * same conditions. The queue moves as without the swap, so nobody else's
     * turns shift. When a condition fails the swap (or its second half) lapses
     * and the queue's holder stands; what was held before never changes.
     */
    private static Turn swapped(Turn natural, Deque<Long> queue, Set<Long> away, List<Swap> starting,
            Map<LocalDate, Swap> owed) {
        Long holder = natural.holder();
        if (holder == null) {
            return natural;
        }
        for (Swap swap : starting) {
            if (holder.equals(swap.holderA()) && canHold(swap.holderB(), queue, away)) {
                owed.put(swap.turnB(), swap);
                return new Turn(natural.date(), swap.holderB(), Kind.SWAPPED);
            }
        }
        Swap back = owed.remove(natural.date());
        if (back != null && holder.equals(back.holderB()) && canHold(back.holderA(), queue, away)) {
            return new Turn(natural.date(), back.holderA(), Kind.SWAPPED);
        }
        return natural;
    }

    private static boolean canHold(Long member, Deque<Long> queue, Set<Long> away) {
        return queue.contains(member) && !away.contains(member);
    }

    private static void apply(Deque<Long> queue, OrderChange change) {
        if (change.reorder()) {
            queue.clear();
            queue.addAll(change.order());
            return;
        }
        Set<Long> members = new LinkedHashSet<>(change.order());
        queue.removeIf(member -> !members.contains(member));
        Set<Long> present = new HashSet<>(queue);
        for (Long member : members) {
            if (!present.contains(member)) {
                queue.addLast(member);
            }
        }
    }

    private static Turn holderOf(LocalDate date, Deque<Long> queue, Set<Long> unavailable) {
        boolean first = true;
        for (Iterator<Long> it = queue.iterator(); it.hasNext();) {
            Long member = it.next();
            if (!unavailable.contains(member)) {
                it.remove();
                queue.addLast(member);
                return new Turn(date, member, first ? Kind.REGULAR : Kind.COVER);
            }
            first = false;
        }
        return new Turn(date, null, Kind.UNCOVERED);
    }
}
