package dk.tovholder.meeting.entity;

import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.schema.QueryCache;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The minutes as approved at one moment: a text that never changes afterwards. */
@Entity
@Table(name = "minutes_version")
@NamedQuery(name = MinutesVersion.FIND_BY_MEETING,
        query = "select v from MinutesVersion v where v.meetingId = :meetingId order by v.number desc",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE, value = QueryCache.SIZE)})
public class MinutesVersion implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_MEETING = "MinutesVersion.findByMeeting";
    public static final int CONTENT_MAX = 200_000;

    @Id
    @SequenceGenerator(name = "minutes_version_seq", sequenceName = "minutes_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_version_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = CONTENT_MAX)
    private String content;

    @Column(length = Meeting.REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    @ManyToOne
    @JoinColumn(name = "approved_by_id", updatable = false)
    private Person approvedBy;

    protected MinutesVersion() {
    }

    public MinutesVersion(Long meetingId, int number, String content, String reason, Person approvedBy) {
        this.meetingId = meetingId;
        this.number = number;
        this.content = content.length() > CONTENT_MAX ? content.substring(0, CONTENT_MAX) : content;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.approvedBy = approvedBy;
        this.approvedAt = AppClock.now();
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public String getReason() {
        return reason;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Person getApprovedBy() {
        return approvedBy;
    }
}
