package dk.tovholder.meeting.boundary;

import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A coming meeting of one of the caller's groups as the start page lists it:
 * when, which group, where, and how far its papers have come ({@link Stage}).
 */
public record ComingMeeting(Long id, String title, Long groupId, String groupName, Instant startsAt, Instant endsAt,
        String place, Stage stage) implements Serializable {

    /** Where the meeting's agenda and minutes are, as a participant cares about it. */
    public enum Stage {
        AGENDA_DRAFT, AGENDA_PUBLISHED, MINUTES_DRAFT, MINUTES_CIRCULATED, MINUTES_APPROVED, CANCELLED
    }

    /**
     * What the meeting is, in few words: the group's name, with the meeting's
     * own title when it has one; only the title when it names the group
     * already (an experience group's session: "Erfaringsgruppen Tartuhus –
     * De gode råd").
     */
    public String label() {
        if (title == null || title.equals(groupName)) {
            return groupName;
        }
        String name = groupName == null ? "" : groupName.substring(groupName.lastIndexOf(": ") + 1).strip();
        return !name.isEmpty() && title.contains(name) ? title : groupName + ": " + title;
    }

    static ComingMeeting of(Meeting meeting, String groupName) {
        return new ComingMeeting(meeting.getId(), meeting.getTitle(), meeting.getGroupId(), groupName,
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.getPlace(), stageOf(meeting));
    }

    static Stage stageOf(Meeting meeting) {
        MeetingStatus status = meeting.getStatus();
        if (status == MeetingStatus.CANCELLED) {
            return Stage.CANCELLED;
        }
        if (status == MeetingStatus.MINUTES_APPROVED) {
            return Stage.MINUTES_APPROVED;
        }
        if (meeting.isMinutesCirculated()) {
            return Stage.MINUTES_CIRCULATED;
        }
        if (status == MeetingStatus.MINUTES_DRAFT || status == MeetingStatus.HELD) {
            return Stage.MINUTES_DRAFT;
        }
        return meeting.isAgendaPublished() ? Stage.AGENDA_PUBLISHED : Stage.AGENDA_DRAFT;
    }
}
