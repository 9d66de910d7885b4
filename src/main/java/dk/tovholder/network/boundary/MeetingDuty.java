package dk.tovholder.network.boundary;

import dk.tovholder.network.entity.DutyItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

/** A meeting where the caller's organisation holds the coordinator duty, with its checklist. */
public record MeetingDuty(Long groupId, String groupName, LocalDate day, ZonedDateTime start, String holderName,
        Set<DutyItem> done, Set<DutyItem> late) implements Serializable {

    public boolean isDone(DutyItem item) {
        return done.contains(item);
    }

    public boolean isLate(DutyItem item) {
        return late.contains(item);
    }
}
