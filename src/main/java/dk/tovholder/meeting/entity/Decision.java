package dk.tovholder.meeting.entity;

import dk.tovholder.clock.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A decision recorded in a meeting's minutes, under one of its agenda items. */
@Entity
@Table(name = "decision")
@NamedQuery(name = Decision.FIND_BY_MEETING,
        query = "select d from Decision d where d.meetingId = :meetingId order by d.createdAt, d.id")
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_MEETING = "Decision.findByMeeting";
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Decision() {
    }

    public Decision(Long meetingId, Long agendaItemId, String text) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.text = text.strip();
        this.createdAt = AppClock.now();
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
