package dk.tovholder.network.boundary;

import java.time.LocalDate;

/**
 * Fired (CDI event) in the transaction that changed a group's meeting days,
 * meeting time or rotation unit. The meeting component observes it to move the
 * group's coming regular meetings to the new rhythm.
 *
 * @param from the first day the new rhythm applies to (today)
 */
public record RhythmChanged(Long groupId, LocalDate from) {
}
