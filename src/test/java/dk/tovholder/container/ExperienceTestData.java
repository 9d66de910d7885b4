package dk.tovholder.container;

import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.clock.AppClock;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Direct database access for the experience group tests: time passing for a
 * session (sessions cannot be scheduled in the past), the audit log, the host group's participants.
 */
@ApplicationScoped
@Transactional
public class ExperienceTestData {

    @PersistenceContext
    EntityManager em;

    /** The session took place: its meeting started the given time ago (and keeps its length). */
    public Instant startedAgo(Long meetingId, Duration ago) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        Duration length = Duration.between(meeting.getStartsAt(), meeting.getEndsAt());
        Instant start = AppClock.now().minus(ago);
        meeting.reschedule(start, start.plus(length));
        return start;
    }

    /** The summaries of the audit entries of the action on the subject (a meeting's or a group's id). */
    public List<String> audited(AuditAction action, Long subjectId) {
        return em.createQuery("select e.summary from AuditEntry e where e.action = :action and e.subjectId = :subject"
                + " order by e.id", String.class).setParameter("action", action).setParameter("subject", subjectId)
                .getResultList();
    }

    /** Who made the last audit entry of the action on the subject. */
    public Long lastActor(AuditAction action, Long subjectId) {
        return em.createQuery("select e.actorPersonId from AuditEntry e where e.action = :action"
                + " and e.subjectId = :subject order by e.id desc", Long.class).setParameter("action", action)
                .setParameter("subject", subjectId).setMaxResults(1).getSingleResult();
    }

    /** The ids of the host network group's participants, in order. */
    public List<Long> hostParticipantIds(Long hostId) {
        return em.find(NetworkGroup.class, hostId).getParticipants().stream().map(Person::getId).sorted().toList();
    }
}
