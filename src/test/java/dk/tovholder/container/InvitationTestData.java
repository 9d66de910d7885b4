package dk.tovholder.container;

import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.mail.entity.OutboxMail;
import dk.tovholder.network.entity.DutyItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What sending an invitation left in the database: the outbox's mails, the checklist's tick, the audit log. */
@ApplicationScoped
@Transactional
public class InvitationTestData {

    @PersistenceContext
    EntityManager em;

    /** The invitations queued for the meeting (their link names it), oldest first. */
    public List<OutboxMail> invitations(Long meetingId) {
        return em.createQuery("select m from OutboxMail m where m.kind = 'MEETING_INVITATION' order by m.id",
                OutboxMail.class).getResultStream()
                .filter(m -> m.getBodyText().contains("meeting/meeting.xhtml?id=" + meetingId + "\n")).toList();
    }

    public long invitationTicks(Long groupId, LocalDate day) {
        return em.createQuery("select count(c) from DutyCheck c where c.groupId = :g and c.meetingDate = :d"
                + " and c.item = :item", Long.class).setParameter("g", groupId).setParameter("d", day)
                .setParameter("item", DutyItem.INVITATION).getSingleResult();
    }

    public long audited(Long meetingId) {
        return em.createQuery("select count(e) from AuditEntry e where e.action = :a and e.subjectId = :id", Long.class)
                .setParameter("a", AuditAction.INVITATION_SENT).setParameter("id", meetingId).getSingleResult();
    }

    /** The meeting as stored now (not as a caller's persistence context remembers it). */
    public Instant invitationSentAt(Long meetingId) {
        return em.createQuery("select m.invitationSentAt from Meeting m where m.id = :id", Instant.class)
                .setParameter("id", meetingId).getSingleResult();
    }
}
