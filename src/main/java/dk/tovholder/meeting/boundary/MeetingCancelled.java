package dk.tovholder.meeting.boundary;

/** Fired (CDI event, inside the cancelling transaction) when a meeting is cancelled: its room is released. */
public record MeetingCancelled(Long meetingId) {
}
