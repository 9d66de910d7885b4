package dk.tovholder.audit.control;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.boundary.AuditedId;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.audit.entity.AuditEntry;
import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.audit.entity.AuditSubject.Subject;
import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Writes the audit entries of an {@link Audited} method after it returned,
 * inside its transaction (this interceptor runs within {@code @Transactional}'s),
 * so a change and its entry are committed or rolled back together.
 */
@Audited(AuditAction.MEETING_CHANGED)
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
        for (Object argument : arguments) {
            if (argument instanceof Caller caller) {
                actor = caller.personId();
            }
        }
        Subjects subjects = new Subjects(em);
        List<Subject> changed = auditedId(invocation.getMethod(), arguments)
                .map(id -> subjects.byId(id.type(), id.id())).orElseGet(() -> subjects.of(result));
        if (changed.isEmpty()) {
            LOG.warning(() -> "Nothing to audit for " + invocation.getMethod());
        }
        Instant now = AppClock.now();
        for (Subject subject : changed) {
            em.persist(new AuditEntry(now, actor, audited.value(), subject.id(), subject.groupId(),
                    subject.organisationId(), subject.summary()));
        }
        return result;
    }

    /** An entity's type and id, from an {@link AuditedId} parameter. */
    record Id(Class<? extends AuditSubject> type, Long id) {
    }

    /** The method's {@link AuditedId} parameter with its value; empty when it has none. */
    static Optional<Id> auditedId(Method method, Object[] arguments) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof AuditedId id) {
                    return Optional.of(new Id(id.value(), (Long) arguments[i]));
                }
            }
        }
        return Optional.empty();
    }
}
