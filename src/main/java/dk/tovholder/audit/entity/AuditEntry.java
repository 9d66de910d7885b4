package dk.tovholder.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One change in the audit log: who did what to which thing, and when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int SUMMARY_MAX = 300;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_person_id", updatable = false)
    private Long actorPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false, length = 20)
    private SubjectKind subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(nullable = false, updatable = false, length = SUMMARY_MAX)
    private String summary;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long actorPersonId, AuditAction action, Long subjectId, Long groupId,
            Long organisationId, String summary) {
        this.occurredAt = occurredAt;
        this.actorPersonId = actorPersonId;
        this.action = action;
        this.subjectKind = action.kind();
        this.subjectId = subjectId;
        this.groupId = groupId;
        this.organisationId = organisationId;
        String text = summary == null ? "" : summary.strip();
        this.summary = text.length() > SUMMARY_MAX ? text.substring(0, SUMMARY_MAX - 1) + "…" : text;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorPersonId() {
        return actorPersonId;
    }

    public AuditAction getAction() {
        return action;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getSummary() {
        return summary;
    }
}
