package dk.tovholder.network.boundary;

import dk.tovholder.network.entity.RotaEventKind;
import java.time.LocalDate;

/**
 * Fired (CDI event) in the transaction of a change to the coordinator duty:
 * a turn assigned by an order change, skipped, a swap proposed, accepted or
 * declined, or a handover note. The notification component (mail) observes it.
 *
 * @param turnDate the turn concerned
 * @param organisationId who the change is for: the turn's holder now (skip,
 *        accepted swap, handover note), the one asked (proposed swap), the
 *        proposer (declined swap); null for an order change
 * @param otherOrganisationId the other side: the skipped holder, the
 *        proposer, the one who declined, the writer of the note
 * @param otherTurn the other turn of a swap, or null
 * @param note the reason or the handover note, or null
 */
public record DutyChanged(Long groupId, RotaEventKind kind, LocalDate turnDate, Long organisationId,
        Long otherOrganisationId, LocalDate otherTurn, String note) {

    /** An order change: it concerns the whole rota from the date on. */
    public static DutyChanged order(Long groupId, RotaEventKind kind, LocalDate from) {
        return new DutyChanged(groupId, kind, from, null, null, null, null);
    }
}
