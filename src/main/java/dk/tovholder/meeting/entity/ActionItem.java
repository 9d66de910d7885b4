package dk.tovholder.meeting.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Organisation;
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
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something a meeting decided someone should do, by a date. Open action items
 * of a group appear on its later agendas as a follow-up until they are done.
 */
@Entity
@Table(name = "action_item")
@NamedQuery(name = ActionItem.FIND_BY_MEETING,
        query = "select a from ActionItem a where a.meetingId = :meetingId order by a.createdAt, a.id")
@NamedQuery(name = ActionItem.OPEN_BEFORE, query = "select a from ActionItem a where a.groupId = :groupId"
        + " and a.status = dk.tovholder.meeting.entity.ActionItem.Status.OPEN and a.meetingStart < :before"
        + " order by a.dueDate, a.id")
@NamedQuery(name = ActionItem.OF_ORGANISATION, query = "select a from ActionItem a"
        + " where a.responsibleOrganisation.id = :organisationId order by a.status desc, a.dueDate, a.id")
public class ActionItem implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_MEETING = "ActionItem.findByMeeting";
    public static final String OPEN_BEFORE = "ActionItem.openBefore";
    public static final String OF_ORGANISATION = "ActionItem.ofOrganisation";
    public static final int WHAT_MAX = 1000;
    public static final int PERSON_MAX = 200;
    public static final int DONE_NOTE_MAX = 1000;

    public enum Status { OPEN, DONE }

    @Id
    @SequenceGenerator(name = "action_item_seq", sequenceName = "action_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_item_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    /** when the meeting that decided it started (copied, so that follow-ups need no join) */
    @Column(name = "meeting_start", nullable = false, updatable = false)
    private Instant meetingStart;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    @ManyToOne(optional = false)
    @JoinColumn(name = "responsible_organisation_id", nullable = false)
    private Organisation responsibleOrganisation;

    @Column(name = "responsible_person", length = PERSON_MAX)
    private String responsiblePerson;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "done_note", length = DONE_NOTE_MAX)
    private String doneNote;

    @Column(name = "done_at")
    private Instant doneAt;

    @ManyToOne
    @JoinColumn(name = "done_by_id")
    private Person doneBy;

    protected ActionItem() {
    }

    public ActionItem(Meeting meeting, Long agendaItemId, String what, Organisation responsible,
            String responsiblePerson, LocalDate dueDate) {
        this.groupId = meeting.getGroupId();
        this.meetingId = meeting.getId();
        this.meetingStart = meeting.getStartsAt();
        this.agendaItemId = agendaItemId;
        this.what = what.strip();
        this.responsibleOrganisation = responsible;
        this.responsiblePerson = responsiblePerson == null || responsiblePerson.isBlank() ? null
                : responsiblePerson.strip();
        this.dueDate = dueDate;
        this.createdAt = AppClock.now();
    }

    public void markDone(Person by, String note) {
        if (status == Status.DONE) {
            throw new Conflict(null, "action.alreadyDone");
        }
        status = Status.DONE;
        doneBy = by;
        doneAt = AppClock.now();
        doneNote = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Instant getMeetingStart() {
        return meetingStart;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getWhat() {
        return what;
    }

    public Organisation getResponsibleOrganisation() {
        return responsibleOrganisation;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Person getDoneBy() {
        return doneBy;
    }

    /** In the log: its meeting, with what is to be done. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return lookup.find(Meeting.class, getMeetingId()).flatMap(m -> m.auditSubject(lookup))
                .map(m -> new Subject(m.id(), m.groupId(), null, m.summary() + ": " + getWhat()));
    }
}
