package dk.tovholder.collaboration.boundary;

import dk.tovholder.collaboration.control.Tie;
import dk.tovholder.collaboration.entity.CollaborationKind;
import java.time.LocalDate;
import java.util.Set;

/** Which lines the map shows: of these kinds (none: all), existing some time between from and to (open ends). */
public record MapFilter(Set<CollaborationKind> kinds, LocalDate from, LocalDate to) {

    public MapFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static MapFilter all() {
        return new MapFilter(Set.of(), null, null);
    }

    public boolean shows(Tie tie) {
        return (kinds.isEmpty() || kinds.contains(tie.kind())) && tie.during(from, to);
    }
}
