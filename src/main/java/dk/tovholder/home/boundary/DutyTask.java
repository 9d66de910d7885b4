package dk.tovholder.home.boundary;

import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.network.entity.DutyItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A meeting where the caller's organisation holds the coordinator duty, with
 * what is still missing of its checklist: the items due before the meeting,
 * and the minutes once the meeting has been; {@code meetingId} is where they
 * are done (null: no meeting of the day).
 */
public record DutyTask(MeetingDuty duty, Long meetingId, List<DutyItem> missing) implements Serializable {

    static List<DutyItem> missing(MeetingDuty duty, LocalDate today) {
        return Arrays.stream(DutyItem.values()).filter(item -> !duty.isDone(item))
                .filter(item -> item.dueDaysFromMeeting() <= 0 || duty.day().isBefore(today)).toList();
    }

    public boolean isLate(DutyItem item) {
        return duty.isLate(item);
    }

    public boolean isLate() {
        return missing.stream().anyMatch(duty::isLate);
    }

    public boolean isReady() {
        return missing.isEmpty();
    }
}
