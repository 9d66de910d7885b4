package dk.tovholder.exchange.boundary;

/**
 * Where a post was announced: as an item on the agenda of the group's next
 * meeting ({@code added}), or as a proposal its coordinator decides on.
 */
public record Announcement(Long meetingId, Long groupId, boolean added) {
}
