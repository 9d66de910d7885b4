package dk.tovholder.meeting.boundary;

/**
 * Fired (CDI event) when minutes go out for comments ({@code approved} false)
 * or are approved ({@code approved} true, with the approved version's number).
 */
public record MinutesPublished(Long meetingId, Long groupId, boolean approved, int version) {
}
