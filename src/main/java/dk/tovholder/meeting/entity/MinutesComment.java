package dk.tovholder.meeting.entity;

import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A participant's comment on circulated draft minutes. */
@Entity
@Table(name = "minutes_comment")
@NamedQuery(name = MinutesComment.FIND_BY_MEETING, query = "select c from MinutesComment c join fetch c.person"
        + " where c.meetingId = :meetingId order by c.createdAt, c.id")
public class MinutesComment implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_MEETING = "MinutesComment.findByMeeting";
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "minutes_comment_seq", sequenceName = "minutes_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_comment_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MinutesComment() {
    }

    public MinutesComment(Long meetingId, Person person, String text) {
        this.meetingId = meetingId;
        this.person = person;
        this.text = text.strip();
        this.createdAt = AppClock.now();
    }

    public Person getPerson() {
        return person;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
