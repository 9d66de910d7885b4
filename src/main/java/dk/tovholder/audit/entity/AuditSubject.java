package dk.tovholder.audit.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Something the audit log can record a change of: an entity that names
 * itself for the log. The entities of the other components implement it, so
 * the log depends on none of them (they depend on it).
 */
public interface AuditSubject {

    /** What a change was made to, whose history it belongs to, and a summary that still reads well when it is gone. */
    record Subject(Long id, Long groupId, Long organisationId, String summary) {
    }

    /** Finds an entity by type and id (the persistence context's {@code find}); empty when there is none. */
    @FunctionalInterface
    interface Lookup {
        <T> Optional<T> find(Class<T> type, Long id);
    }

    /**
     * The subject this entity stands for in the log; empty when it belongs to
     * nothing that is still there (e.g. an agenda proposal of a deleted meeting).
     */
    Optional<Subject> auditSubject(Lookup lookup);

    /** A moment as summaries show it: {@code 2027-03-09 10:00} in the zone. */
    static String when(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(at);
    }
}
