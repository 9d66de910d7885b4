package dk.tovholder.meeting.boundary;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.boundary.AuditedId;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.DutyDone;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;

/**
 * "Send indkaldelse": the coordinator sends the meeting's invitation, with its
 * calendar entry, to every participant of the group, each in their own
 * language, through the outbox (retried, bounces handled). It ticks the
 * checklist item "invitation sent" and records when it went out; sending
 * again after a change is allowed and says so. Only those who may edit the
 * meeting send it, and not for a cancelled meeting or one that has started.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Event<DutyDone> dutyDone;

    @Inject
    Event<InvitationSent> invitationSent;

    @Inject
    Clock clock;

    /** What sending did: the meeting (its new version and sending time), whether again, and to how many. */
    public record Sent(Meeting meeting, boolean again, int recipients) {

        /** The message for the page: "sent to {0} participants" or "sent again to {0} participants". */
        public String messageKey() {
            return again ? "invitation.sentAgain" : "invitation.sent";
        }
    }

    /**
     * Sends the invitation of the meeting (as seen at {@code seenVersion}; a
     * concurrent change answers with a conflict). Refused (Forbidden) for those
     * who may not edit the meeting, a conflict for a cancelled or started
     * meeting, and a refusal when no participant has an e-mail address.
     */
    @Audited(AuditAction.INVITATION_SENT)
    public Sent send(@AuditedId(Meeting.class) @NotNull Long meetingId, long seenVersion, @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!meetings.mayEdit(meeting, caller)) {
            throw new Forbidden("invitation.forbidden");
        }
        Versions.check(meeting.getVersion(), seenVersion);
        Instant now = Instant.now(clock);
        boolean again = meeting.recordInvitationSent(now);
        Versions.increment(em, meeting); // the new version is the invitation's SEQUENCE: a calendar replaces the earlier one
        InvitationSent event = new InvitationSent(meeting.getId(), meeting.getGroupId(), caller.personId(), again, now);
        invitationSent.fire(event);
        if (event.recipients() == 0) {
            throw new Refusal("invitation.nobody"); // nothing went out: nothing is ticked or recorded
        }
        dutyDone.fire(new DutyDone(meeting.getGroupId(), meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate(),
                DutyItem.INVITATION, caller.personId()));
        return new Sent(meeting, again, event.recipients());
    }
}
