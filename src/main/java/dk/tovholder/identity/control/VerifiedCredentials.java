package dk.tovholder.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials this node verified a moment ago, so that an API client sending
 * the same HTTP Basic password (or Bearer token) on every request costs a
 * PBKDF2 hash (or a database look-up) once per {@code ttl}, not per request.
 * <ul>
 * <li>Basic credentials are kept under an HMAC-SHA-256 of username and password
 * with a key made at random when the node starts: neither the password nor a
 * hash that could be attacked offline is held, and nothing survives a restart.</li>
 * <li>Tokens are kept under the SHA-256 digest of their secret (what the
 * database holds), with the token's id so that revoking it can drop it.</li>
 * <li>Only what was verified is remembered; a wrong password never is, so it
 * is checked (and throttled) each time.</li>
 * <li>At most {@code maxEntries}; when full, nothing new is remembered until
 * entries expire (the credentials are then simply checked each time).</li>
 * <li>{@link #forgetUser} drops everything of a user: called on every node when
 * the password changes or the account is deactivated.</li>
 * </ul>
 * A {@code ttl} of zero turns the cache off.
 */
public final class VerifiedCredentials {

    /** Who a remembered credential belongs to: the caller's name and groups, and the token's id (Bearer). */
    public record Verified(String username, Set<String> groups, Long tokenId) {

        public Verified {
            Objects.requireNonNull(username);
            groups = Set.copyOf(groups);
        }
    }

    private record Entry(Verified verified, long expiresAt) {
    }

    private static final String HMAC = "HmacSHA256";

    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts the forgets: a verification that began before one is not remembered after it. */
    private final AtomicLong generation = new AtomicLong();

    public VerifiedCredentials(Clock clock, Duration ttl, int maxEntries) {
        if (ttl.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("ttl must not be negative, maxEntries must be positive");
        }
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, HMAC);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public boolean isOn() {
        return !ttl.isZero();
    }

    /** The user whose Basic credentials these are, when verified within the ttl. */
    public Optional<Verified> basic(String username, String password) {
        return isOn() ? find(basicKey(username, password)) : Optional.empty();
    }

    /**
     * The moment to pass to {@code remember…}: taken before a verification, so
     * that what was verified against a password or token that has since been
     * changed or revoked is not remembered.
     */
    public long generation() {
        return generation.get();
    }

    /** Remembers credentials the identity store has just accepted (unless something was forgotten meanwhile). */
    public void rememberBasic(String username, String password, Verified verified, long since) {
        if (isOn()) {
            remember(basicKey(username, password), verified, since);
        }
    }

    /** The holder of the token with the digest, when looked up within the ttl. */
    public Optional<Verified> token(String digest) {
        return isOn() ? find(tokenKey(digest)) : Optional.empty();
    }

    /** Remembers a token the database has just recognised ({@code verified.tokenId()} set). */
    public void rememberToken(String digest, Verified verified, long since) {
        if (isOn()) {
            remember(tokenKey(digest), Objects.requireNonNull(verified), since);
        }
    }

    /** Forgets every credential of the user (Basic and tokens). */
    public void forgetUser(String username) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> e.verified().username().equals(username));
    }

    /** Forgets the token. */
    public void forgetToken(long tokenId) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> Objects.equals(e.verified().tokenId(), tokenId));
    }

    public int size() {
        return entries.size();
    }

    private Optional<Verified> find(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.millis() >= entry.expiresAt()) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.verified());
    }

    private void remember(String key, Verified verified, long since) {
        long now = clock.millis();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> now >= e.expiresAt());
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(key, new Entry(verified, now + ttl.toMillis()));
        if (generation.get() != since) {
            // a forget came during the verification (or just now): it may have concerned this one
            entries.remove(key);
        }
    }

    private String basicKey(String username, String password) {
        Mac mac = macs.get();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return "b:" + Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private static String tokenKey(String digest) {
        return "t:" + digest;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has " + HMAC, e);
        }
    }
}
