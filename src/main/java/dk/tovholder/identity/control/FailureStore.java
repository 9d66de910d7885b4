package dk.tovholder.identity.control;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Where the login throttle keeps failure times (epoch milliseconds, oldest
 * first) per key: in this node's memory ({@link #local()}), or in the
 * cluster's data grid ({@link GridFailureStore}), so that every node counts
 * the same failures.
 */
public interface FailureStore {

    /** The key's failure times; empty when it has none. */
    long[] get(String key);

    /**
     * Replaces the key's failure times by what the change makes of them, as
     * one step however many nodes change them at once; an empty result
     * removes the key. The entry may be forgotten {@code keep} after this
     * change.
     */
    void update(String key, UnaryOperator<long[]> change, Duration keep);

    void remove(String key);

    /** A store in this node's memory. */
    static FailureStore local() {
        return new LocalFailureStore();
    }
}
