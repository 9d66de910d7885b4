package dk.tovholder.audit.control;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.audit.entity.AuditSubject.Subject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Finds what an audited change was made to: the subjects an object stands
 * for, or the subject of the entity an id names. The entities name themselves
 * ({@link AuditSubject}); this class knows none of them.
 */
public final class Subjects {

    private final EntityManager em;

    public Subjects(EntityManager em) {
        this.em = em;
    }

    /** The subjects an object stands for (a list of bookings: each one); empty when it is none of them. */
    public List<Subject> of(Object thing) {
        if (thing instanceof List<?> list) {
            return list.stream().flatMap(t -> of(t).stream()).toList();
        }
        return thing instanceof AuditSubject subject ? subject.auditSubject(this::find).stream().toList() : List.of();
    }

    /** The subjects of the entity of the type with the id; empty when there is none. */
    public List<Subject> byId(Class<? extends AuditSubject> type, Long id) {
        return id == null ? List.of() : find(type, id).map(this::of).orElse(List.of());
    }

    private <T> Optional<T> find(Class<T> type, Long id) {
        return Optional.ofNullable(em.find(type, id));
    }
}
