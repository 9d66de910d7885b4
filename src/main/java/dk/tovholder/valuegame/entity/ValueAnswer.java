package dk.tovholder.valuegame.entity;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One organisation's answer in a value game: the values it marks and perhaps one of its own. */
@Entity
@Table(name = "value_answer")
public class ValueAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int OWN_VALUE_MAX = 300;

    @Id
    @SequenceGenerator(name = "value_answer_seq", sequenceName = "value_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "value_answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", nullable = false, updatable = false)
    private ValueGame game;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "value_answer_value", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "collaboration_value", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<CollaborationValue> values = EnumSet.noneOf(CollaborationValue.class);

    @Column(name = "own_value", length = OWN_VALUE_MAX)
    private String ownValue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by")
    private Person answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ValueAnswer() {
    }

    ValueAnswer(ValueGame game, Organisation organisation) {
        this.game = game;
        this.organisation = organisation;
    }

    void mark(Set<CollaborationValue> marked, String own, Person by, Instant now) {
        values.clear();
        values.addAll(marked);
        ownValue = own;
        answeredBy = by;
        answeredAt = now;
    }

    public boolean gives(CollaborationValue value) {
        return values.contains(value);
    }

    public Long getId() {
        return id;
    }

    public ValueGame getGame() {
        return game;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Set<CollaborationValue> getValues() {
        return values;
    }

    public String getOwnValue() {
        return ownValue;
    }

    public Person getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
