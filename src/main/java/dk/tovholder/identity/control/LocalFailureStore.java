package dk.tovholder.identity.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Failure times in this node's memory; emptied entries are removed, so it holds only recent ones. */
final class LocalFailureStore implements FailureStore {

    private static final long[] NONE = {};

    private final Map<String, long[]> failures = new ConcurrentHashMap<>();

    @Override
    public long[] get(String key) {
        return failures.getOrDefault(key, NONE);
    }

    @Override
    public void update(String key, UnaryOperator<long[]> change, Duration keep) {
        failures.compute(key, (k, old) -> {
            long[] changed = change.apply(old == null ? NONE : old);
            return changed.length == 0 ? null : changed;
        });
    }

    @Override
    public void remove(String key) {
        failures.remove(key);
    }

    int size() {
        return failures.size();
    }

    /** Drops the keys whose failures the change empties (those all older than the window). */
    void sweep(UnaryOperator<long[]> expire) {
        failures.replaceAll((k, v) -> expire.apply(v));
        failures.values().removeIf(v -> v.length == 0);
    }
}
