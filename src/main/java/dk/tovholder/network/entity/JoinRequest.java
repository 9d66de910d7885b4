package dk.tovholder.network.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** A person asks to take part in an open group; the group administrator or the coordinator decides. */
@Entity
@Table(name = "join_request")
@NamedQuery(name = JoinRequest.FIND_PENDING,
        query = "select r from JoinRequest r where r.groupId = :groupId and r.status = dk.tovholder.network.entity.JoinRequest.Status.PENDING order by r.requestedAt")
@NamedQuery(name = JoinRequest.FIND_PENDING_OF_PERSON,
        query = "select r from JoinRequest r where r.groupId = :groupId and r.person.id = :personId"
                + " and r.status = dk.tovholder.network.entity.JoinRequest.Status.PENDING")
public class JoinRequest implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_PENDING = "JoinRequest.findPending";
    public static final String FIND_PENDING_OF_PERSON = "JoinRequest.findPendingOfPerson";
    public static final int MESSAGE_MAX = 1000;

    public enum Status { PENDING, APPROVED, DECLINED }

    @Id
    @SequenceGenerator(name = "join_request_seq", sequenceName = "join_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "join_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = MESSAGE_MAX)
    private String reason;

    protected JoinRequest() {
    }

    public JoinRequest(Long groupId, Person person, String message) {
        this.groupId = groupId;
        this.person = person;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.requestedAt = AppClock.now();
    }

    public void decide(boolean approve, Person by, String why) {
        if (status != Status.PENDING) {
            throw new Conflict(null, "group.join.decided");
        }
        status = approve ? Status.APPROVED : Status.DECLINED;
        decidedBy = by;
        decidedAt = AppClock.now();
        reason = why == null || why.isBlank() ? null : why.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Person getPerson() {
        return person;
    }

    public Status getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }

    /** In the log: its group. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return lookup.find(NetworkGroup.class, getGroupId()).flatMap(g -> g.auditSubject(lookup));
    }
}
