package dk.tovholder.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

/**
 * Slows down password guessing: an account name that has failed
 * {@code accountLimit} times within the window, or an address that has failed
 * {@code addressLimit} times, may not try again (not even with the right
 * password, which would tell the guesser it is right) until its oldest failure
 * in the window is older than the window. So at most that many guesses per
 * window get through, per account and per address. A successful login clears
 * the account's failures. The failures are kept in a {@link FailureStore}: in
 * a cluster the data grid's, so that every node counts them all.
 */
public final class LoginThrottle {

    /** Above this many keys in a local store, expired ones are swept on the next failure. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Clock clock;
    private final FailureStore byAccount;
    private final FailureStore byAddress;

    /** A throttle that keeps its failures in this node's memory. */
    public LoginThrottle(int accountLimit, int addressLimit, Duration window, Clock clock) {
        this(accountLimit, addressLimit, window, clock, FailureStore.local(), FailureStore.local());
    }

    public LoginThrottle(int accountLimit, int addressLimit, Duration window, Clock clock, FailureStore byAccount,
            FailureStore byAddress) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.clock = clock;
        this.byAccount = byAccount;
        this.byAddress = byAddress;
    }

    /** How long the account or the address must wait before it may try; zero when it may try now. */
    public Duration waitFor(String account, String address) {
        long now = clock.millis();
        Duration forAccount = waitOf(byAccount.get(account), accountLimit, now);
        Duration forAddress = address == null ? Duration.ZERO : waitOf(byAddress.get(address), addressLimit, now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    public void failed(String account, String address) {
        long now = clock.millis();
        record(byAccount, account, accountLimit, now);
        if (address != null) {
            record(byAddress, address, addressLimit, now);
        }
    }

    public void succeeded(String account) {
        byAccount.remove(account);
    }

    private Duration waitOf(long[] failures, int limit, long now) {
        long[] recent = withinWindow(failures, now);
        if (recent.length < limit) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(recent[recent.length - limit] + window.toMillis() - now);
    }

    private void record(FailureStore store, String key, int limit, long now) {
        if (store instanceof LocalFailureStore local && local.size() > SWEEP_ABOVE) {
            local.sweep(times -> withinWindow(times, now));
        }
        store.update(key, times -> {
            long[] recent = withinWindow(times, now);
            long[] added = Arrays.copyOf(recent, recent.length + 1);
            added[recent.length] = now;
            // only the newest `limit` matter for the wait
            return added.length > limit ? Arrays.copyOfRange(added, added.length - limit, added.length) : added;
        }, window);
    }

    /** The failures still within the window, oldest first. */
    private long[] withinWindow(long[] failures, long now) {
        long oldest = now - window.toMillis();
        int first = 0;
        while (first < failures.length && failures[first] <= oldest) {
            first++;
        }
        return first == 0 ? failures : Arrays.copyOfRange(failures, first, failures.length);
    }
}
