package dk.tovholder.collaboration.entity;

import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
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
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A collaboration between two organisations that someone recorded: one line
 * on the network map. The pair is kept in id order so that "A with B" and
 * "B with A" are the same (the database allows a pair and kind once); it
 * cannot be an organisation with itself, and it cannot end before it began.
 */
@Entity
@Table(name = "collaboration")
public class Collaboration implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "collaboration_seq", sequenceName = "collaboration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collaboration_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_id", nullable = false, updatable = false)
    private Organisation first;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_id", nullable = false, updatable = false)
    private Organisation second;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CollaborationKind kind;

    @Column(nullable = false)
    private LocalDate since;

    @Column
    private LocalDate until;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private Person recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Collaboration() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Collaboration(Organisation one, Organisation other, CollaborationKind kind, LocalDate since,
            LocalDate until, String note, Person recordedBy, Instant now) {
        if (one.getId().equals(other.getId())) {
            throw Refusal.onField("partner", "collaboration.self");
        }
        if (kind == null || !kind.isRecordable()) {
            throw Refusal.onField("kind", "collaboration.kind.notRecordable");
        }
        boolean inOrder = one.getId() < other.getId();
        this.first = inOrder ? one : other;
        this.second = inOrder ? other : one;
        this.kind = kind;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        period(since, until);
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Sets when it began and (once it is over) when it ended. */
    public final void period(LocalDate since, LocalDate until) {
        if (since == null) {
            throw Refusal.onField("since", "collaboration.since.missing");
        }
        if (until != null && until.isBefore(since)) {
            throw Refusal.onField("until", "collaboration.until.beforeSince");
        }
        this.since = since;
        this.until = until;
    }

    public boolean involves(Long organisationId) {
        return first.getId().equals(organisationId) || second.getId().equals(organisationId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getFirst() {
        return first;
    }

    public Organisation getSecond() {
        return second;
    }

    public CollaborationKind getKind() {
        return kind;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getNote() {
        return note;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
