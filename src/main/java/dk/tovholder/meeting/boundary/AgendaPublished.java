package dk.tovholder.meeting.boundary;

/** Fired (CDI event) when a meeting's agenda is published; mail notifications observe it later. */
public record AgendaPublished(Long meetingId, Long groupId) {
}
