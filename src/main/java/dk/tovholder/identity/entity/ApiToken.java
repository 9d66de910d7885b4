package dk.tovholder.identity.entity;

import dk.tovholder.audit.entity.AuditSubject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal API token: a system calls the API as its owner by sending
 * {@code Authorization: Bearer tvh_…}. Only the SHA-256 digest of the secret is
 * stored; the secret itself exists in clear only in the object that issued it
 * ({@link #getSecret()}), to be shown once. A token acts with its owner's
 * roles of the moment, and stops working when the owner is deactivated or
 * revokes it (revoking deletes it).
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.FIND_BY_OWNER,
        query = "select t from ApiToken t where t.account.username = :username order by t.createdAt, t.id")
@NamedQuery(name = ApiToken.FIND_BY_OWNER_AND_NAME,
        query = "select t from ApiToken t where t.account.username = :username and t.name = :name")
@NamedQuery(name = ApiToken.HOLDER_BY_DIGEST,
        query = "select t.id, a.username, t.lastUsedAt, r from ApiToken t join t.account a join a.roles r"
                + " where t.digest = :digest and a.active = true")
@NamedQuery(name = ApiToken.MARK_USED,
        query = "update ApiToken t set t.lastUsedAt = :now where t.id = :id")
public class ApiToken implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_OWNER = "ApiToken.findByOwner";
    public static final String FIND_BY_OWNER_AND_NAME = "ApiToken.findByOwnerAndName";
    /** One row per role of the token's owner: id, username, last used, role; none when unknown or inactive. */
    public static final String HOLDER_BY_DIGEST = "ApiToken.holderByDigest";
    /** Last use, written directly (at most once a minute per token): a statistic, not a change of the token. */
    public static final String MARK_USED = "ApiToken.markUsed";
    public static final int NAME_MAX = 80;
    /** What every secret begins with, so that one found in a log or a repository is recognisable. */
    public static final String PREFIX = "tvh_";
    static final int SECRET_BYTES = 32;
    /** The length of a secret: the prefix and 32 bytes in URL-safe base64 without padding. */
    public static final int SECRET_LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX, updatable = false)
    private String name;

    @Column(nullable = false, length = 64, unique = true, updatable = false)
    private String digest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    /** The secret in clear: only in the object {@link #issue} made, never stored. */
    @Transient
    private transient String secret;

    protected ApiToken() {
    }

    private ApiToken(Account account, String name, String secret, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.name = Objects.requireNonNull(name).strip();
        if (this.name.isEmpty() || this.name.length() > NAME_MAX) {
            throw new IllegalArgumentException("a token's name has 1 to " + NAME_MAX + " characters");
        }
        this.secret = secret;
        this.digest = digestOf(secret);
        this.createdAt = now;
    }

    /** A new token with a fresh random secret, which {@link #getSecret()} hands out this once. */
    public static ApiToken issue(Account account, String name, Instant now) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiToken(account, name, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), now);
    }

    /** Whether the text can be a secret at all (prefix and length): others need no database look-up. */
    public static boolean looksLikeSecret(String text) {
        return text != null && text.length() == SECRET_LENGTH && text.startsWith(PREFIX);
    }

    /** The SHA-256 of the secret, in lower-case hex: what is stored and looked up. */
    public static String digestOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public boolean belongsTo(String username) {
        return username != null && username.equals(account.getUsername());
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getDigest() {
        return digest;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    /** The secret in clear, only on the token just issued; null on every token read from the database. */
    public String getSecret() {
        return secret;
    }

    /** In the log: its account, with the token's name. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return Optional.of(new Subject(getAccount().getId(), null, null,
                getAccount().getUsername() + ": " + getName()));
    }
}
