package dk.tovholder.network.boundary;

import dk.tovholder.network.entity.DutyItem;
import java.time.LocalDate;

/**
 * Fired (CDI event) where a duty's thing was done elsewhere: an agenda published, an invitation
 * sent, a room booked for the meeting, the minutes approved. The group's checklist ticks the item
 * for that meeting day ({@link NetworkGroups}); whoever fired it checked the caller's own action.
 *
 * @param personId who did it, or null when nobody did (the system)
 */
public record DutyDone(Long groupId, LocalDate meetingDay, DutyItem item, Long personId) {
}
