package dk.tovholder.network.control;

import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaEvent;
import dk.tovholder.network.entity.RotaEventKind;
import dk.tovholder.network.entity.SwapRequest;
import dk.tovholder.network.entity.SwapStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Feeds a group's stored rota history to the {@link Rota} engine. */
public final class RotaPlanner {

    private RotaPlanner() {
    }

    /** Every turn of the group from the start of its rota until {@code to} (exclusive). */
    public static List<Rota.Turn> plan(NetworkGroup group, TurnCalendar calendar, List<RotaEvent> events,
            List<SwapRequest> swaps, LocalDate to) {
        return Rota.plan(calendar.turns(group.getRotaStart(), to), orders(events), skips(events), accepted(swaps));
    }

    /** The plan as it would be if the swap were accepted too. */
    public static List<Rota.Turn> planWith(NetworkGroup group, TurnCalendar calendar, List<RotaEvent> events,
            List<SwapRequest> swaps, SwapRequest candidate, LocalDate to) {
        List<Rota.Swap> all = new ArrayList<>(accepted(swaps));
        all.add(new Rota.Swap(candidate.getTurnA(), candidate.getHolderA().getId(), candidate.getTurnB(),
                candidate.getHolderB().getId()));
        return Rota.plan(calendar.turns(group.getRotaStart(), to), orders(events), skips(events), all);
    }

    /**
     * Whether a swap still does what was agreed in the plan: a pending one,
     * that its turns are held by the two organisations it names; an accepted
     * one, that it exchanges them. False when a turn is no longer there.
     */
    public static boolean stillApplies(Rota.Swap swap, boolean pending, Map<LocalDate, Rota.Turn> plan) {
        Rota.Turn a = plan.get(swap.turnA());
        Rota.Turn b = plan.get(swap.turnB());
        if (a == null || b == null) {
            return false;
        }
        if (pending) {
            return Long.valueOf(swap.holderA()).equals(a.holder()) && Long.valueOf(swap.holderB()).equals(b.holder());
        }
        return Long.valueOf(swap.holderB()).equals(a.holder()) && a.kind() == Rota.Kind.SWAPPED
                && Long.valueOf(swap.holderA()).equals(b.holder()) && b.kind() == Rota.Kind.SWAPPED;
    }

    static List<Rota.OrderChange> orders(List<RotaEvent> events) {
        return events.stream()
                .filter(e -> e.getKind() == RotaEventKind.ORDER || e.getKind() == RotaEventKind.REORDER)
                .map(e -> new Rota.OrderChange(e.getTurnDate(), e.order(), e.getKind() == RotaEventKind.REORDER))
                .toList();
    }

    static List<Rota.Skip> skips(List<RotaEvent> events) {
        return events.stream().filter(e -> e.getKind() == RotaEventKind.SKIP)
                .map(e -> new Rota.Skip(e.getTurnDate(), e.getOrganisation().getId())).toList();
    }

    static List<Rota.Swap> accepted(List<SwapRequest> swaps) {
        return swaps.stream().filter(s -> s.getStatus() == SwapStatus.ACCEPTED)
                .map(s -> new Rota.Swap(s.getTurnA(), s.getHolderA().getId(), s.getTurnB(), s.getHolderB().getId()))
                .toList();
    }
}
