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
 * {@code Caller} parameter; the thing changed is what the method returns
 * (a meeting, booking, room, group, …) or else the entity its first id
 * parameter names. A method that throws records nothing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    @Nonbinding
    AuditAction value();

    /**
     * The entity the method's first id parameter names, when the method returns
     * nothing telling (e.g. a swap request's id; the log shows its group).
     * Default: the action's kind (a meeting, group, booking, room or account id).
     */
    @Nonbinding
    Class<?> by() default void.class;
}
