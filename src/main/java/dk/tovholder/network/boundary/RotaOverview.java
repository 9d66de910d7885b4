package dk.tovholder.network.boundary;

import dk.tovholder.network.entity.RotaEvent;
import dk.tovholder.network.entity.RotaEventKind;
import dk.tovholder.network.entity.SwapRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's rota at one moment: every turn from the start until a horizon,
 * the swaps and the history, and whether the viewer may change it.
 *
 * @param turns all turns in date order, past ones included
 * @param today the day the overview was computed for (Copenhagen)
 * @param groupVersion the group's version: send it back with a change, so that a concurrent change is noticed
 */
public record RotaOverview(List<RotaTurn> turns, LocalDate today, List<SwapRequest> swaps, List<RotaEvent> events,
        boolean mayChange, long groupVersion) implements Serializable {

    public List<RotaTurn> upcoming(int count) {
        return turns.stream().filter(t -> !t.past()).limit(count).toList();
    }

    /** The holder now: of the next turn (today's included). */
    public Optional<RotaTurn> current() {
        return turns.stream().filter(t -> !t.past()).findFirst();
    }

    public Optional<RotaTurn> next() {
        return turns.stream().filter(t -> !t.past()).skip(1).findFirst();
    }

    public Optional<RotaTurn> turn(LocalDate date) {
        return turns.stream().filter(t -> t.date().equals(date)).findFirst();
    }

    /** Past turns, newest first. */
    public List<RotaTurn> history() {
        List<RotaTurn> past = new ArrayList<>(turns.stream().filter(RotaTurn::past).toList());
        Collections.reverse(past);
        return past;
    }

    /** Turns held per organisation name over the last twelve months, most first. */
    public Map<String, Long> turnsLastYear() {
        Map<String, Long> counts = new LinkedHashMap<>();
        turns.stream().filter(t -> t.past() && t.holderName() != null && !t.date().isBefore(today.minusYears(1)))
                .forEach(t -> counts.merge(t.holderName(), 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    public List<SwapRequest> pendingSwaps() {
        return swaps.stream().filter(SwapRequest::isPending).toList();
    }

    /** The skips of a turn (who could not hold it, and why), oldest first. */
    public List<RotaEvent> skipsFor(LocalDate date) {
        return events.stream().filter(e -> e.getKind() == RotaEventKind.SKIP && e.getTurnDate().equals(date))
                .toList();
    }

    /** Handover notes for a turn, oldest first. */
    public List<RotaEvent> notesFor(LocalDate date) {
        return events.stream().filter(e -> e.getKind() == RotaEventKind.HANDOVER_NOTE && e.getTurnDate().equals(date))
                .toList();
    }

    /** The history of changes, newest first. */
    public List<RotaEvent> log() {
        List<RotaEvent> log = new ArrayList<>(events);
        Collections.reverse(log);
        return log;
    }
}
