package dk.tovholder.valuegame.entity;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The value game of one network-group meeting: each member organisation
 * marks which of the five values the collaboration gives it (at least one,
 * or a value of its own) and may change its answer until the game is closed;
 * closed, it is part of the minutes and no longer changes. The game carries
 * the version, and every answer raises it (the boundary locks the game with
 * a forced increment), so two people answering for the same organisation at
 * once do not silently overwrite each other.
 */
@Entity
@Table(name = "value_game")
public class ValueGame implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "value_game_seq", sequenceName = "value_game_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "value_game_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_by")
    private Person startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "game", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("id")
    private List<ValueAnswer> answers = new ArrayList<>();

    protected ValueGame() {
    }

    public ValueGame(Long meetingId, Long groupId, Person startedBy, Instant now) {
        this.meetingId = meetingId;
        this.groupId = groupId;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** The organisation's answer, replacing the one it gave before. */
    public ValueAnswer answer(Organisation organisation, Set<CollaborationValue> values, String ownValue, Person by,
            Instant now) {
        if (closedAt != null) {
            throw new Conflict(null, "valuegame.closed");
        }
        String own = ownValue == null || ownValue.isBlank() ? null : ownValue.strip();
        if ((values == null || values.isEmpty()) && own == null) {
            throw Refusal.onField("values", "valuegame.answer.empty");
        }
        if (own != null && own.length() > ValueAnswer.OWN_VALUE_MAX) {
            throw Refusal.onField("ownValue", "valuegame.ownValue.tooLong", ValueAnswer.OWN_VALUE_MAX);
        }
        ValueAnswer answer = answerOf(organisation.getId()).orElseGet(() -> {
            ValueAnswer made = new ValueAnswer(this, organisation);
            answers.add(made);
            return made;
        });
        answer.mark(values == null ? Set.of() : values, own, by, now);
        return answer;
    }

    /** Ends the game: its result belongs to the minutes. Refused before anyone has answered. */
    public void close(Instant now) {
        if (closedAt != null) {
            throw new Conflict(null, "valuegame.closed");
        }
        if (answers.isEmpty()) {
            throw new Refusal("valuegame.close.noAnswers");
        }
        closedAt = now;
    }

    public Optional<ValueAnswer> answerOf(Long organisationId) {
        return answers.stream().filter(a -> a.getOrganisation().getId().equals(organisationId)).findFirst();
    }

    /** The organisations that marked the value, by name. */
    public List<Organisation> giving(CollaborationValue value) {
        return answers.stream().filter(a -> a.gives(value)).map(ValueAnswer::getOrganisation)
                .sorted(Comparator.comparing(Organisation::getName)).toList();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Person getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<ValueAnswer> getAnswers() {
        return answers;
    }
}
