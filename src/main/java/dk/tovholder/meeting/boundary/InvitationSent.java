package dk.tovholder.meeting.boundary;

import java.time.Instant;

/**
 * Fired (CDI event, synchronously, in the sending transaction) when the
 * coordinator sends a meeting's invitation: the mail component queues one
 * message per participant and tells how many it queued with
 * {@link #queued(int)}, without the meeting component knowing mail.
 *
 * @param organiserId the person who sent it (the invitation's organiser), or null
 * @param again whether an invitation had been sent before (after a change)
 */
public final class InvitationSent {

    private final Long meetingId;
    private final Long groupId;
    private final Long organiserId;
    private final boolean again;
    private final Instant sentAt;
    private int recipients;

    public InvitationSent(Long meetingId, Long groupId, Long organiserId, boolean again, Instant sentAt) {
        this.meetingId = meetingId;
        this.groupId = groupId;
        this.organiserId = organiserId;
        this.again = again;
        this.sentAt = sentAt;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Long groupId() {
        return groupId;
    }

    public Long organiserId() {
        return organiserId;
    }

    public boolean again() {
        return again;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** An observer queued this many messages. */
    public void queued(int count) {
        recipients += count;
    }

    public int recipients() {
        return recipients;
    }
}
