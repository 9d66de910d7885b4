package dk.tovholder.meeting.entity;

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

/** An agenda item a participant proposes; the meeting's coordinator accepts or declines it. */
@Entity
@Table(name = "agenda_proposal")
@NamedQuery(name = AgendaProposal.FIND_BY_MEETING,
        query = "select p from AgendaProposal p join fetch p.person where p.meetingId = :meetingId order by p.proposedAt, p.id")
public class AgendaProposal implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_MEETING = "AgendaProposal.findByMeeting";
    /** why a proposal was declined (or a note on accepting it) */
    public static final int REASON_MAX = 1000;

    public enum Status { PENDING, ACCEPTED, DECLINED }

    @Id
    @SequenceGenerator(name = "agenda_proposal_seq", sequenceName = "agenda_proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_proposal_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = AgendaItem.TITLE_MAX)
    private String title;

    @Column(length = AgendaItem.DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected AgendaProposal() {
    }

    public AgendaProposal(Long meetingId, Person person, String title, String description, int minutes) {
        this.meetingId = meetingId;
        this.person = person;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.minutes = minutes;
        this.proposedAt = AppClock.now();
    }

    public void decide(boolean accept, Person by, String why) {
        if (status != Status.PENDING) {
            throw new Conflict(null, "proposal.decided");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        decidedBy = by;
        decidedAt = AppClock.now();
        reason = why == null || why.isBlank() ? null : why.strip();
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Person getPerson() {
        return person;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getMinutes() {
        return minutes;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    /** In the log: its meeting, with the proposal's title. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return lookup.find(Meeting.class, getMeetingId()).flatMap(m -> m.auditSubject(lookup))
                .map(m -> new Subject(m.id(), m.groupId(), null, m.summary() + ": " + getTitle()));
    }
}
