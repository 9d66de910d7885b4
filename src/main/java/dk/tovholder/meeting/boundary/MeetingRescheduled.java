package dk.tovholder.meeting.boundary;

import java.time.Instant;

/**
 * Fired (CDI event, inside the change's transaction) when a meeting gets a
 * new time. Observers that cannot follow (the booked room is taken then)
 * refuse, and the whole change is rolled back.
 */
public record MeetingRescheduled(Long meetingId, Instant startsAt, Instant endsAt) {
}
