package dk.tovholder.meeting.entity;

import dk.tovholder.clock.AppClock;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** One person's answer to a meeting (coming or not, with a note) and, afterwards, whether they came. */
@Entity
@Table(name = "attendance")
@NamedQuery(name = Attendance.FIND_BY_MEETING,
        query = "select a from Attendance a join fetch a.person where a.meetingId = :meetingId order by a.person.name")
public class Attendance implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_MEETING = "Attendance.findByMeeting";
    public static final int NOTE_MAX = 500;

    public enum Answer { ATTENDING, NOT_ATTENDING }

    @Id
    @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Answer answer;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private Boolean attended;

    protected Attendance() {
    }

    public Attendance(Long meetingId, Person person) {
        this.meetingId = meetingId;
        this.person = person;
    }

    public void answer(Answer given, String text) {
        this.answer = given;
        this.note = text == null || text.isBlank() ? null : text.strip();
        this.answeredAt = AppClock.now();
    }

    public void recordAttended(boolean came) {
        this.attended = came;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Boolean getAttended() {
        return attended;
    }
}
