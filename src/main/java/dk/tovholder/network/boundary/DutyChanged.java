package dk.tovholder.network.boundary;

import dk.tovholder.network.entity.RotaEventKind;
import java.time.LocalDate;

/**
 * Fired (CDI event) after a change to the coordinator duty is committed: a
 * turn assigned by an order change, skipped, swapped, or handed over. The
 * notification component (mail) observes it.
 */
public record DutyChanged(Long groupId, RotaEventKind kind, LocalDate turnDate, Long organisationId) {
}
