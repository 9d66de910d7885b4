package dk.tovholder.identity.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Failure times in a map of the cluster's data grid: every node reads and
 * changes the same entries, so N nodes allow no more guesses than one. A
 * change holds the entry's lock in the grid; values are plain {@code long[]}
 * (no class of the app's travels between nodes), and each entry expires a
 * window after its last change.
 */
public final class GridFailureStore implements FailureStore {

    private static final long[] NONE = {};

    private final IMap<String, long[]> failures;

    public GridFailureStore(HazelcastInstance grid, String name) {
        this.failures = grid.getMap(name);
    }

    @Override
    public long[] get(String key) {
        long[] times = failures.get(key);
        return times == null ? NONE : times;
    }

    @Override
    public void update(String key, UnaryOperator<long[]> change, Duration keep) {
        failures.lock(key);
        try {
            long[] old = failures.get(key);
            long[] changed = change.apply(old == null ? NONE : old);
            if (changed.length == 0) {
                failures.delete(key);
            } else {
                failures.set(key, changed, Math.max(1, keep.toSeconds()), TimeUnit.SECONDS);
            }
        } finally {
            failures.unlock(key);
        }
    }

    @Override
    public void remove(String key) {
        failures.delete(key);
    }
}
