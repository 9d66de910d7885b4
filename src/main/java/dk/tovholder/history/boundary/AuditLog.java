package dk.tovholder.history.boundary;

import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.audit.entity.AuditEntry;
import dk.tovholder.audit.entity.SubjectKind;
import dk.tovholder.caller.Caller;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.room.boundary.Rooms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Reads the audit log, newest first: an administrator reads all of it, a
 * group's administrator the group's history, an organisation's bookers the
 * history of its rooms and their bookings.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    /** The most entries one read returns. */
    public static final int LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkGroups groups;

    @Inject
    Rooms rooms;

    /** One change as it is shown: the actor's current name (a removed person reads as a former participant). */
    public record Line(Long id, Instant at, Long actorPersonId, String actor, AuditAction action, SubjectKind kind,
            Long subjectId, Long groupId, Long organisationId, String summary) implements Serializable {
    }

    /** What to read; nulls mean any. */
    public record Filter(SubjectKind kind, Instant from, Instant to, Long groupId, Long organisationId)
            implements Serializable {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    public List<Line> all(@NotNull Filter filter, @NotNull Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("audit.forbidden");
        }
        return read(filter);
    }

    public List<Line> ofGroup(@NotNull Long groupId, @NotNull Filter filter, @NotNull Caller caller) {
        NetworkGroup group = groups.find(groupId, caller);
        if (!groups.mayManage(group, caller)) {
            throw new Forbidden("audit.forbidden");
        }
        return read(new Filter(filter.kind(), filter.from(), filter.to(), groupId, null));
    }

    public List<Line> ofOrganisation(@NotNull Long organisationId, @NotNull Filter filter, @NotNull Caller caller) {
        if (!rooms.mayManageRoomsOf(organisationId, caller)) {
            throw new Forbidden("audit.forbidden");
        }
        return read(new Filter(filter.kind(), filter.from(), filter.to(), null, organisationId));
    }

    private List<Line> read(Filter filter) {
        StringBuilder jpql = new StringBuilder("select e, p.name from AuditEntry e left join Person p"
                + " on p.id = e.actorPersonId where 1 = 1");
        if (filter.kind() != null) {
            jpql.append(" and e.subjectKind = :kind");
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        if (filter.groupId() != null) {
            jpql.append(" and e.groupId = :group");
        }
        if (filter.organisationId() != null) {
            jpql.append(" and e.organisationId = :organisation");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setMaxResults(LIMIT);
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.groupId() != null) {
            query.setParameter("group", filter.groupId());
        }
        if (filter.organisationId() != null) {
            query.setParameter("organisation", filter.organisationId());
        }
        return query.getResultList().stream().map(row -> {
            AuditEntry e = (AuditEntry) row[0];
            return new Line(e.getId(), e.getOccurredAt(), e.getActorPersonId(), (String) row[1], e.getAction(),
                    e.getSubjectKind(), e.getSubjectId(), e.getGroupId(), e.getOrganisationId(), e.getSummary());
        }).toList();
    }
}
