package dk.tovholder.audit.control;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.entity.AuditEntry;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.entity.Caller;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the audit entries of an {@link Audited} method after it returned,
 * inside its transaction (this interceptor runs within {@code @Transactional}'s),
 * so a change and its entry are committed or rolled back together.
 */
@Audited(dk.tovholder.audit.entity.AuditAction.MEETING_CHANGED)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        Object[] arguments = invocation.getParameters();
        Long actor = null;
        Long firstId = null;
        for (Object argument : arguments) {
            if (argument instanceof Caller caller) {
                actor = caller.personId();
            } else if (argument instanceof Long id && firstId == null) {
                firstId = id;
            }
        }
        Subjects subjects = new Subjects(em);
        List<Subjects.Subject> changed = audited.by() == void.class ? subjects.of(result) : List.of();
        if (changed.isEmpty()) {
            Class<?> type = audited.by() == void.class ? Subjects.entityOf(audited.value().kind()) : audited.by();
            changed = subjects.byId(type, firstId);
        }
        if (changed.isEmpty()) {
            LOG.warning(() -> "Nothing to audit for " + invocation.getMethod());
        }
        Instant now = AppClock.now();
        for (Subjects.Subject subject : changed) {
            em.persist(new AuditEntry(now, actor, audited.value(), subject.id(), subject.groupId(),
                    subject.organisationId(), subject.summary()));
        }
        return result;
    }
}
