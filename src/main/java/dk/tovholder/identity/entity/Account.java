package dk.tovholder.identity.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.language.Language;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.schema.QueryCache;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A login of one person. Deactivating keeps the account (and so its history)
 * but the identity store no longer accepts it.
 */
@Entity
@Table(name = "account")
// every request looks up its caller's account: kept in the query results cache, dropped by any change of an account
@NamedQuery(name = Account.FIND_BY_USERNAME,
        query = "select a from Account a join fetch a.person p join fetch p.organisation where a.username = :username",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE, value = QueryCache.SIZE)})
@NamedQuery(name = Account.FIND_ALL,
        query = "select a from Account a join fetch a.person p join fetch p.organisation order by a.username")
public class Account implements AuditSubject, Serializable {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_ALL = "Account.findAll";
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 50;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @Size(min = USERNAME_MIN, max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]*", message = "{tovholder.validation.Username}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.DEFAULT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<Role> roles = EnumSet.of(Role.USER);

    protected Account() {
    }

    public Account(String username, String passwordHash, Person person, Set<Role> extraRoles) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        this.passwordHash = passwordHash;
        this.person = person;
        this.createdAt = AppClock.now();
        grant(extraRoles);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        if (active) {
            active = false;
            deactivatedAt = AppClock.now();
        }
    }

    /**
     * The account of an erased person: no username anyone would recognise, no
     * password that matches anything, no login.
     */
    public void erase(String unusableHash) {
        deactivate();
        username = "slettet-" + id;
        passwordHash = unusableHash;
    }

    public void reactivate() {
        active = true;
        deactivatedAt = null;
    }

    public void prefer(Language language) {
        this.language = language == null ? Language.DEFAULT : language;
    }

    /** Replaces the extra roles; {@link Role#USER} always stays. */
    public void grant(Set<Role> extraRoles) {
        roles.clear();
        roles.add(Role.USER);
        if (extraRoles != null) {
            roles.addAll(extraRoles);
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public Person getPerson() {
        return person;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    /** Who this account is when it makes a request. */
    public Caller caller() {
        return new Caller(username, person.getId(), person.getOrganisation().getId(), Set.copyOf(roles));
    }

    /** In the log: its username. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return Optional.of(new Subject(getId(), null, null, getUsername()));
    }
}
