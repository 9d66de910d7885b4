package dk.tovholder.audit.boundary;

import dk.tovholder.audit.control.Subjects;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.audit.entity.AuditEntry;
import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Records an entry the {@link Audited} interceptor cannot tell from a method's
 * parameters: a rule the user chose to override (with the reason they gave).
 * Joins the caller's transaction, so the entry stands or falls with the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** An entry of the action on the subject (a meeting, group, …), its summary followed by the note. */
    public void record(@NotNull AuditAction action, @NotNull Object subject, @NotNull Caller caller, String note) {
        Instant now = AppClock.now();
        for (AuditSubject.Subject s : new Subjects(em).of(subject)) {
            String summary = note == null || note.isBlank() ? s.summary() : s.summary() + " · " + note.strip();
            em.persist(new AuditEntry(now, caller.personId(), action, s.id(), s.groupId(), s.organisationId(), summary));
        }
    }
}
