package dk.tovholder.audit.boundary;

import dk.tovholder.audit.entity.AuditAction;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records the change a boundary method makes in the audit log, in the
 * method's own transaction, once it has returned. The caller is the method's
 * {@code Caller} parameter; the thing changed is the entity its
 * {@link AuditedId} parameter names or else what the method returns (a
 * meeting, booking, room, group, …: an
 * {@link dk.tovholder.audit.entity.AuditSubject} or a list of them). A method
 * that throws records nothing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    @Nonbinding
    AuditAction value();
}
