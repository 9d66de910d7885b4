package dk.tovholder.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tovholder.network.control.Rota.Kind;
import dk.tovholder.network.control.Rota.OrderChange;
import dk.tovholder.network.control.Rota.Skip;
import dk.tovholder.network.control.Rota.Swap;
import dk.tovholder.network.control.Rota.Turn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotaTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;
    private static final long E = 5;

    /** weekly turns, turn 1 being Tuesday 6 January 2026 */
    private static List<LocalDate> turns(int count) {
        List<LocalDate> turns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            turns.add(turn(i + 1));
        }
        return turns;
    }

    /** the date of turn n, counting from 1 */
    private static LocalDate turn(int n) {
        return LocalDate.of(2026, 1, 6).plusWeeks(n - 1);
    }

    private static OrderChange members(int fromTurn, Long... order) {
        return new OrderChange(turn(fromTurn), Arrays.asList(order), false);
    }

    private static OrderChange reorder(int fromTurn, Long... order) {
        return new OrderChange(turn(fromTurn), Arrays.asList(order), true);
    }

    private static List<Long> holders(List<Turn> plan) {
        return plan.stream().map(Turn::holder).toList();
    }

    private static List<Kind> kinds(List<Turn> plan) {
        return plan.stream().map(Turn::kind).toList();
    }

    @Test
    void plainRotationGoesRoundInOrder() {
        List<Turn> plan = Rota.plan(turns(9), List.of(members(1, A, B, C, D)), List.of(), List.of());

        assertEquals(List.of(A, B, C, D, A, B, C, D, A), holders(plan), "A, B, C, D take turns and start over");
        assertEquals(List.of(Kind.REGULAR), kinds(plan).stream().distinct().toList(), "every turn is a regular one");
        assertEquals(turns(9), plan.stream().map(Turn::date).toList(), "one turn per date, in order");
    }

    @Test
    void whenSomeoneIsSkippedTheNextInLineTakesItAndTheSkippedOneKeepsItsPlace() {
        List<Turn> plan = Rota.plan(turns(8), List.of(members(1, A, B, C, D)), List.of(new Skip(turn(1), A)),
                List.of());

        assertEquals(List.of(B, A, C, D, B, A, C, D), holders(plan),
                "B covers turn 1 for A, A takes turn 2 instead, and from then on B comes right before A");
        assertEquals(Kind.COVER, plan.get(0).kind(), "B covers turn 1 because A, first in line, is away");
        assertEquals(Kind.REGULAR, plan.get(1).kind(), "A, still first in line, holds turn 2 as a regular turn");
    }

    @Test
    void twoMembersSkippedForTheSameTurn() {
        List<Turn> plan = Rota.plan(turns(8), List.of(members(1, A, B, C, D)),
                List.of(new Skip(turn(1), A), new Skip(turn(1), B)), List.of());

        assertEquals(List.of(C, A, B, D, C, A, B, D), holders(plan),
                "C covers turn 1, then A and B (who kept their places) take the next two turns, then D");
        assertEquals(Kind.COVER, plan.get(0).kind(), "C covers turn 1");
    }

    @Test
    void whenEveryoneIsSkippedTheTurnIsUncoveredAndTheQueueIsUnchanged() {
        List<Turn> plan = Rota.plan(turns(7), List.of(members(1, A, B, C)),
                List.of(new Skip(turn(2), A), new Skip(turn(2), B), new Skip(turn(2), C)), List.of());

        assertNull(plan.get(1).holder(), "nobody holds a turn everyone is away for");
        assertEquals(Kind.UNCOVERED, plan.get(1).kind(), "a turn nobody can hold is uncovered");
        assertEquals(Arrays.asList(A, null, B, C, A, B, C), holders(plan),
                "after the uncovered turn the rotation continues where it was: B is next");
    }

    @Test
    void withoutMembersEveryTurnIsUncovered() {
        List<Turn> plan = Rota.plan(turns(3), List.of(members(2, A, B)), List.of(), List.of());

        assertEquals(new Turn(turn(1), null, Kind.UNCOVERED), plan.get(0),
                "before the first members take effect nobody holds the duty");
        assertEquals(List.of(A, B), holders(plan).subList(1, 3), "from turn 2 A and B take turns");
        assertEquals(List.of(new Turn(turn(1), null, Kind.UNCOVERED)),
                Rota.plan(turns(1), List.of(), List.of(), List.of()), "no members at all: the turn is uncovered");
    }

    @Test
    void aNewMemberJoinsAtTheBack() {
        List<Turn> plan = Rota.plan(turns(9), List.of(members(1, A, B, C, D), members(3, E, A, B, C, D)), List.of(),
                List.of());

        assertEquals(List.of(A, B, C, D, A, B, E, C, D), holders(plan),
                "E joins from turn 3 behind everyone already waiting (C, D, A, B), even if listed first");
    }

    @Test
    void removingTheNextInLineMemberGivesTheTurnToTheOneAfter() {
        List<Turn> plan = Rota.plan(turns(7), List.of(members(1, A, B, C, D), members(2, A, C, D)), List.of(),
                List.of());

        assertEquals(List.of(A, C, D, A, C, D, A), holders(plan),
                "B, next in line after turn 1, leaves: C holds turn 2 and the others keep their order");
    }

    @Test
    void aChangeBetweenTwoTurnsTakesEffectFromTheNextTurn() {
        OrderChange removeB = new OrderChange(turn(2).minusDays(3), List.of(A, C, D), false);
        List<Turn> plan = Rota.plan(turns(4), List.of(members(1, A, B, C, D), removeB), List.of(), List.of());

        assertEquals(List.of(A, C, D, A), holders(plan), "a change dated between turns 1 and 2 applies from turn 2");
    }

    @Test
    void reorderSetsTheQueueToExactlyTheNewOrder() {
        List<Turn> plan = Rota.plan(turns(8), List.of(members(1, A, B, C, D), reorder(3, D, C, B, A)), List.of(),
                List.of());

        assertEquals(List.of(A, B, D, C, B, A, D, C), holders(plan),
                "from turn 3 the rotation is D, C, B, A regardless of who was next before");
    }

    @Test
    void withoutReorderAChangedListingKeepsTheQueue() {
        List<Turn> plan = Rota.plan(turns(6), List.of(members(1, A, B, C, D), members(3, D, C, B, A)), List.of(),
                List.of());

        assertEquals(List.of(A, B, C, D, A, B), holders(plan),
                "the same members listed in another order, without reorder, do not change who is next");
    }

    @Test
    void aSwapExchangesExactlyTwoTurns() {
        List<OrderChange> orders = List.of(members(1, A, B, C, D));
        List<Turn> without = Rota.plan(turns(8), orders, List.of(), List.of());
        Swap swap = new Swap(turn(2), B, turn(5), A);

        List<Turn> plan = Rota.plan(turns(8), orders, List.of(), List.of(swap));

        assertEquals(List.of(A, A, C, D, B, B, C, D), holders(plan), "A takes turn 2 and B takes turn 5");
        assertEquals(new Turn(turn(2), A, Kind.SWAPPED), plan.get(1), "turn 2 is marked as swapped");
        assertEquals(new Turn(turn(5), B, Kind.SWAPPED), plan.get(4), "turn 5 is marked as swapped");
        for (int i = 0; i < plan.size(); i++) {
            if (i != 1 && i != 4) {
                assertEquals(without.get(i), plan.get(i), "the swap leaves turn " + (i + 1) + " alone");
            }
        }
    }

    @Test
    void aSwapLapsesWhenAnEarlierSkipMovesTheHolders() {
        List<OrderChange> orders = List.of(members(1, A, B, C, D));
        Swap swap = new Swap(turn(2), B, turn(4), D); // agreed on the plan A, B, C, D, ...
        List<Skip> skips = List.of(new Skip(turn(1), A)); // then A turns out to be away for turn 1

        List<Turn> without = Rota.plan(turns(8), orders, skips, List.of());
        List<Turn> plan = Rota.plan(turns(8), orders, skips, List.of(swap));

        assertEquals(List.of(B, A, C, D, B, A, C, D), holders(without), "the skip gives turn 2 to A");
        assertEquals(without, plan, "a lapsed swap leaves the plan exactly as without it");
    }

    @Test
    void aSwapIsNotUndoneByTheMemberMarkingTheTurnItGaveAway() {
        // B cannot make turn 2 and swaps with A, so B holds turn 1 and A turn 2. Afterwards
        // (say once turn 1 is over) B also records that it is away for turn 2. The queue now gives
        // turn 2 to A as a cover, so the swap "lapses" and turn 1 - already held by B - is rewritten
        // to A: a skip at turn 2 changed the past turn 1, and A holds both turns.
        List<OrderChange> orders = List.of(members(1, A, B));
        Swap swap = new Swap(turn(1), A, turn(2), B);
        List<Turn> agreed = Rota.plan(turns(2), orders, List.of(), List.of(swap));
        assertEquals(List.of(B, A), holders(agreed), "after the swap B holds turn 1 and A turn 2");

        List<Turn> plan = Rota.plan(turns(2), orders, List.of(new Skip(turn(2), B)), List.of(swap));

        assertEquals(B, plan.get(0).holder(),
                "a skip at turn 2 must not change who held turn 1 (the past never changes); plan: " + plan);
        assertEquals(A, plan.get(1).holder(), "A still holds turn 2 as agreed; plan: " + plan);
    }

    @Test
    void aSwapNeverGivesATurnToAMemberWhoIsAwayForIt() {
        // A and B swap turns 1 and 2; afterwards B records that it is away for turn 1.
        // Turns 1 and 2 still have the agreed queue holders (A, B), so the swap applies
        // and hands turn 1 to B, who is marked unavailable for it.
        List<OrderChange> orders = List.of(members(1, A, B));
        Swap swap = new Swap(turn(1), A, turn(2), B);

        List<Turn> plan = Rota.plan(turns(2), orders, List.of(new Skip(turn(1), B)), List.of(swap));

        assertNotEquals(Long.valueOf(B), plan.get(0).holder(),
                "B is marked unavailable for turn 1 and must not hold it; plan: " + plan);
    }

    @Test
    void turnsOutOfOrderAreRefused() {
        List<OrderChange> orders = List.of(members(1, A, B));

        assertThrows(IllegalArgumentException.class,
                () -> Rota.plan(List.of(turn(2), turn(1)), orders, List.of(), List.of()),
                "turns must be given in date order");
        assertThrows(IllegalArgumentException.class,
                () -> Rota.plan(List.of(turn(1), turn(1)), orders, List.of(), List.of()),
                "the same turn twice is refused");
    }

    @Test
    void aMemberTwiceInAnOrderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> members(1, A, B, A),
                "an order with A twice is refused");
        assertThrows(IllegalArgumentException.class, () -> reorder(1, C, C),
                "a reorder with C twice is refused");
    }
}
