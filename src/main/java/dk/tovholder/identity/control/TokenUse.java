package dk.tovholder.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a token's "last used" is worth writing: at most once per {@code every}
 * per token (and node), not on each request. Remembers when this node last
 * wrote it, or the time the database held when the token was looked up.
 */
public final class TokenUse {

    /** Above this many tokens the memory starts afresh (a write each, once). */
    private static final int MAX_TOKENS = 100_000;

    private final Clock clock;
    private final Duration every;
    private final Map<Long, Instant> written = new ConcurrentHashMap<>();

    public TokenUse(Clock clock, Duration every) {
        this.clock = clock;
        this.every = every;
    }

    /**
     * The time to write as the token's last use now, or null when its last use
     * (as known here, or {@code stored} in the database) is recent enough.
     */
    public Instant due(long tokenId, Instant stored) {
        Instant now = clock.instant();
        Instant[] due = new Instant[1];
        if (written.size() > MAX_TOKENS) {
            written.clear();
        }
        written.compute(tokenId, (id, last) -> {
            Instant known = last == null || stored != null && stored.isAfter(last) ? stored : last;
            if (known != null && known.plus(every).isAfter(now)) {
                return known;
            }
            due[0] = now;
            return now;
        });
        return due[0];
    }

    public void forget(long tokenId) {
        written.remove(tokenId);
    }
}
