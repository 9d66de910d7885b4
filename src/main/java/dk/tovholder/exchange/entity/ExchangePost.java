package dk.tovholder.exchange.entity;

import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A post in the resource exchange: an organisation's request or offer, open
 * until its expiry date (at most a year ahead) or until the organisation
 * closes it. The rules live here: an expiry date in the past or too far off
 * is refused, a closed post is not edited, and only an open post is answered.
 */
@Entity
@Table(name = "exchange_post")
public class ExchangePost implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TARGET_GROUP_MAX = 500;
    /** How far ahead a post may run (and be renewed to). */
    public static final int MAX_DAYS_AHEAD = 365;

    @Id
    @SequenceGenerator(name = "exchange_post_seq", sequenceName = "exchange_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_post_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PostKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostCategory category;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Size(max = TARGET_GROUP_MAX)
    @Column(name = "target_group", length = TARGET_GROUP_MAX)
    private String targetGroup;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Person author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ExchangePost() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public ExchangePost(Organisation organisation, Person author, Instant now, LocalDate today, PostKind kind,
            PostCategory category, String title, String description, String targetGroup, LocalDate expiresOn) {
        this.organisation = organisation;
        this.author = author;
        this.createdAt = now;
        this.expiresOn = checkedExpiry(expiresOn, today);
        describe(kind, category, title, description, targetGroup, expiresOn, today);
    }

    /** Changes what the post says; refused once it is closed. */
    public void describe(PostKind kind, PostCategory category, String title, String description, String targetGroup,
            LocalDate expiresOn, LocalDate today) {
        if (closedAt != null) {
            throw new Conflict(null, "exchange.closed");
        }
        this.kind = kind;
        this.category = category;
        this.title = title == null ? null : title.strip();
        this.description = blankToNull(description);
        this.targetGroup = blankToNull(targetGroup);
        if (!expiresOn.equals(this.expiresOn)) {
            this.expiresOn = checkedExpiry(expiresOn, today);
        }
    }

    /** The organisation takes the post down (found what it needed, or no longer offers it). */
    public void close(Instant now) {
        if (closedAt != null) {
            throw new Conflict(null, "exchange.closed");
        }
        closedAt = now;
    }

    /** Only an open post can be answered. */
    public void checkAnswerable(LocalDate today) {
        if (status(today) != PostStatus.OPEN) {
            throw new Conflict(null, status(today) == PostStatus.CLOSED ? "exchange.closed" : "exchange.expired");
        }
    }

    public PostStatus status(LocalDate today) {
        if (closedAt != null) {
            return PostStatus.CLOSED;
        }
        return expiresOn.isBefore(today) ? PostStatus.EXPIRED : PostStatus.OPEN;
    }

    public boolean isNewSince(Instant lastVisit) {
        return lastVisit == null || createdAt.isAfter(lastVisit);
    }

    static LocalDate checkedExpiry(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            throw Refusal.onField("expiresOn", "exchange.expiry.missing");
        }
        if (expiresOn.isBefore(today)) {
            throw Refusal.onField("expiresOn", "exchange.expiry.past");
        }
        if (expiresOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw Refusal.onField("expiresOn", "exchange.expiry.tooFar", MAX_DAYS_AHEAD);
        }
        return expiresOn;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PostKind getKind() {
        return kind;
    }

    public PostCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Person getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
