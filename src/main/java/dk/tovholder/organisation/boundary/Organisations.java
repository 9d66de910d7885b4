package dk.tovholder.organisation.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.schema.Constraints;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organisation directory: search, read, create (administrators) and edit
 * (administrators and the organisation's own people).
 */
@ApplicationScoped
@Transactional
public class Organisations {

    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    /** One page of the directory, in name order; values come with one batch query. */
    public List<Organisation> search(@NotNull @Valid OrganisationFilter filter, int first, int max) {
        TypedQuery<Organisation> query = query(filter, "select o", " order by lower(o.name), o.id",
                Organisation.class);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
                .setHint("eclipselink.batch", "o.values")
                .getResultList();
    }

    /** Every match, for the export. */
    public List<Organisation> searchAll(@NotNull @Valid OrganisationFilter filter) {
        return query(filter, "select o", " order by lower(o.name), o.id", Organisation.class)
                .setHint("eclipselink.batch", "o.values")
                .getResultList();
    }

    public long count(@NotNull @Valid OrganisationFilter filter) {
        return query(filter, "select count(o)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(OrganisationFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from Organisation o where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and (lower(o.name) like :text escape '\\' or lower(o.description) like :text escape '\\'"
                    + " or lower(o.competences) like :text escape '\\' or lower(o.targetGroups) like :text escape '\\'"
                    + " or lower(o.otherResources) like :text escape '\\' or lower(o.facilities) like :text escape '\\')");
            parameters.put("text", contains(filter.text()));
        }
        if (filter.competence() != null && !filter.competence().isBlank()) {
            jpql.append(" and lower(o.competences) like :competence escape '\\'");
            parameters.put("competence", contains(filter.competence()));
        }
        if (filter.type() != null) {
            jpql.append(" and o.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.value() != null) {
            jpql.append(" and :value member of o.values");
            parameters.put("value", filter.value());
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A LIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
    public static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public Organisation find(@NotNull Long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFound("organisation", id);
        }
        organisation.getValues().size();
        return organisation;
    }

    /** All organisations by name, for choosers. */
    public List<Organisation> all() {
        return em.createNamedQuery(Organisation.FIND_ALL_NAMES, Organisation.class)
                .setHint("eclipselink.batch", "o.values").getResultList();
    }

    /** The people of several organisations with one query, by organisation id. */
    public Map<Long, List<Person>> people(@NotNull Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Person p where p.organisation.id in :ids order by p.name", Person.class)
                .setParameter("ids", organisationIds).getResultStream()
                .collect(Collectors.groupingBy(p -> p.getOrganisation().getId()));
    }

    public List<Person> people(@NotNull Long organisationId) {
        return em.createNamedQuery(Person.FIND_BY_ORGANISATION, Person.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    public boolean mayEdit(Caller caller, Long organisationId) {
        return caller.isAdmin() || (organisationId != null && caller.belongsTo(organisationId));
    }

    /** Creates an organisation (administrators only); its name must be free. */
    public Organisation create(@NotNull @Valid OrganisationForm form, @NotNull Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("refusal.forbidden");
        }
        refuseTakenName(form.getName(), null);
        Organisation created = form.newOrganisation();
        em.persist(created);
        flush(created);
        return created;
    }

    /**
     * Saves an edit of the organisation's profile (administrators and its own people). An edit
     * of a version someone else saved in between is refused, not merged.
     */
    public Organisation update(@NotNull Long id, long seenVersion, @NotNull @Valid OrganisationForm form,
            @NotNull Caller caller) {
        if (!mayEdit(caller, id)) {
            throw new Forbidden("refusal.forbidden");
        }
        Organisation organisation = find(id);
        Versions.check(organisation.getVersion(), seenVersion);
        refuseTakenName(form.getName(), id);
        form.applyTo(organisation);
        flush(organisation);
        return organisation;
    }

    private void refuseTakenName(String name, Long exceptId) {
        boolean taken = em.createNamedQuery(Organisation.FIND_BY_NAME, Organisation.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(exceptId));
        if (taken) {
            throw new Conflict("name", "organisation.name.taken", name.strip());
        }
    }

    /** Writes now: a concurrent edit is refused as stale, the same name saved at once by the unique constraint. */
    private void flush(Organisation organisation) {
        try {
            Versions.flush(em);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "organisation_name_unique")) {
                throw new Conflict("name", "organisation.name.taken", organisation.getName());
            }
            throw e;
        }
    }
}
