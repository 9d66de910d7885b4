package dk.tovholder.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: an account name that has failed
 * {@code accountLimit} times within the window, or an address that has failed
 * {@code addressLimit} times, may not try again (not even with the right
 * password, which would tell the guesser it is right) until its oldest failure
 * in the window is older than the window. So at most that many guesses per
 * window get through, per account and per address. A successful login clears
 * the account's failures. Kept in memory on this node.
 */
public final class LoginThrottle {

    /** Above this many keys, expired ones are swept on the next failure. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(int accountLimit, int addressLimit, Duration window, Clock clock) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.clock = clock;
    }

    /** How long the account or the address must wait before it may try; zero when it may try now. */
    public Duration waitFor(String account, String address) {
        Instant now = clock.instant();
        Duration forAccount = waitOf(byAccount.get(account), accountLimit, now);
        Duration forAddress = address == null ? Duration.ZERO : waitOf(byAddress.get(address), addressLimit, now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        record(byAccount, account, accountLimit, now);
        if (address != null) {
            record(byAddress, address, addressLimit, now);
        }
    }

    public void succeeded(String account) {
        byAccount.remove(account);
    }

    private Duration waitOf(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return Duration.ZERO;
        }
        synchronized (failures) {
            expire(failures, now);
            if (failures.size() < limit) {
                return Duration.ZERO;
            }
            return Duration.between(now, failures.peekFirst().plus(window));
        }
    }

    private void record(Map<String, Deque<Instant>> map, String key, int limit, Instant now) {
        if (map.size() > SWEEP_ABOVE) {
            map.values().removeIf(failures -> {
                synchronized (failures) {
                    expire(failures, now);
                    return failures.isEmpty();
                }
            });
        }
        Deque<Instant> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            expire(failures, now);
            failures.addLast(now);
            while (failures.size() > limit) {
                failures.removeFirst();
            }
        }
    }

    private void expire(Deque<Instant> failures, Instant now) {
        Instant oldest = now.minus(window);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
    }
}
