package dk.tovholder.network.boundary;

import java.time.LocalDate;

/**
 * Fired (CDI event) in the transaction that created a group or changed its
 * meeting days, meeting time or rotation unit. The meeting component observes
 * it to move the group's coming regular meetings to the new rhythm and to make
 * those missing.
 *
 * @param from the first day the rhythm applies to: today, or a new group's rota start
 */
public record RhythmChanged(Long groupId, LocalDate from) {
}
