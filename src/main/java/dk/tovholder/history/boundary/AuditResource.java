package dk.tovholder.history.boundary;

import dk.tovholder.audit.entity.SubjectKind;
import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The audit log as JSON, newest first, at most {@value AuditLog#LIMIT} entries:
 * {@code ?group=} a group's history (its administrator), {@code ?organisation=}
 * the history of an organisation's rooms and bookings (its bookers), neither:
 * all of it (administrators). {@code kind}, {@code from} and {@code to} (ISO
 * dates, Copenhagen days, {@code to} inclusive) narrow it.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<AuditLog.Line> read(@QueryParam("group") Long group, @QueryParam("organisation") Long organisation,
            @QueryParam("kind") String kind, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        if (group != null && organisation != null) {
            throw Refusal.onField("organisation", "audit.oneScope");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusal.onField("to", "api.period.order");
        }
        AuditLog.Filter filter = new AuditLog.Filter(kind(kind), start(from), to == null ? null : start(to.plusDays(1)),
                null, null);
        Caller caller = currentUser.caller();
        if (group != null) {
            return log.ofGroup(group, filter, caller);
        }
        if (organisation != null) {
            return log.ofOrganisation(organisation, filter, caller);
        }
        return log.all(filter, caller);
    }

    private static SubjectKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SubjectKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.onField("kind", "audit.kind.unknown", kind.strip());
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Cadence.ZONE).toInstant();
    }
}
