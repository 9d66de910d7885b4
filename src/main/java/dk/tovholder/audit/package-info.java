/**
 * The audit log's recording side: {@link dk.tovholder.audit.boundary.Audited}
 * boundary methods write an {@link dk.tovholder.audit.entity.AuditEntry} in
 * their own transaction, naming the thing changed through
 * {@link dk.tovholder.audit.entity.AuditSubject}, which the entities of the
 * other components implement, or through an
 * {@link dk.tovholder.audit.boundary.AuditedId} parameter.
 * {@link dk.tovholder.audit.boundary.AuditTrail} records what an interceptor
 * cannot see (an overridden rule and its reason). It depends on no business
 * component, so every one of them can be audited; reading the log (pages,
 * API, who may see which entries) is {@code history}'s.
 */
package dk.tovholder.audit;
