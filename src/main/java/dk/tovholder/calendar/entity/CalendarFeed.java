package dk.tovholder.calendar.entity;

import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** A calendar subscription: its owner, what it shows, and the secret token in its address. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.FIND_BY_TOKEN, query = "select f from CalendarFeed f where f.token = :token"
        + " and f.revokedAt is null")
@NamedQuery(name = CalendarFeed.FIND_BY_PERSON, query = "select f from CalendarFeed f where f.person.id = :personId"
        + " and f.revokedAt is null order by f.createdAt")
public class CalendarFeed implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_TOKEN = "CalendarFeed.findByToken";
    public static final String FIND_BY_PERSON = "CalendarFeed.findByPerson";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "calendar_feed_seq", sequenceName = "calendar_feed_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private FeedKind kind;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(Person person, FeedKind kind, Long targetId, Instant now) {
        this.person = person;
        this.kind = kind;
        this.targetId = kind == FeedKind.PERSON ? null : targetId;
        this.token = newToken();
        this.createdAt = now;
    }

    /** 32 random bytes, URL-safe: unguessable. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public FeedKind getKind() {
        return kind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
