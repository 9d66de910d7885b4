package dk.tovholder.audit.boundary;

import dk.tovholder.audit.entity.AuditSubject;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of an {@link Audited} method that holds the id of the
 * thing it changes, with the entity the id names: the log records that
 * entity's subject. Needed when the method returns nothing telling (no
 * {@link AuditSubject}); explicit, so reordering parameters cannot change
 * what is audited. {@code AuditedMethodsTest} checks every audited method has
 * one or the other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AuditedId {

    /** The entity the id names. */
    Class<? extends AuditSubject> value();
}
