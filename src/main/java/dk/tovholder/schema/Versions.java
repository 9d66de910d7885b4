package dk.tovholder.schema;

import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Refusal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic concurrency, one way everywhere: an edit carries the version the user read; an
 * older one, or a change that another transaction wrote first, is refused with "reload"
 * ({@code refusal.staleEdit}, 409 in the API) and changes nothing.
 */
public final class Versions {

    /** The message key of the refusal of an edit made on an older version. */
    public static final String STALE = "refusal.staleEdit";

    private Versions() {
    }

    /** The refusal of an edit made on an older version. */
    public static Conflict stale() {
        return new Conflict(null, STALE);
    }

    /** Whether a refusal is the "reload" of an edit made on an older version. */
    public static boolean isStale(Refusal refusal) {
        return STALE.equals(refusal.messageKey());
    }

    /** Refuses the edit when the thing is no longer at the version the user read (null: they read none). */
    public static void check(long current, Long seen) {
        if (seen != null && current != seen) {
            throw stale();
        }
    }

    /** Writes the changes now, so that a concurrent one is refused here rather than failing at commit. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
    }

    /**
     * The entity's version goes up although none of its own columns changed (its parts did: a
     * meeting's agenda items, a group's rota), written now.
     */
    public static void increment(EntityManager em, Object entity) {
        try {
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
    }
}
