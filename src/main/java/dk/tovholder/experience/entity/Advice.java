package dk.tovholder.experience.entity;

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
import java.util.Locale;

/** Step 1: a piece of advice on collaborating across, proposed by a participant; three are selected. */
@Entity
@Table(name = "experience_advice")
@NamedQuery(name = Advice.FIND_BY_GROUP, query = "select a from Advice a where a.groupId = :groupId order by a.createdAt, a.id")
public class Advice implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP = "Advice.findByGroup";
    public static final int TEXT_MAX = 500;

    @Id
    @SequenceGenerator(name = "experience_entry_seq", sequenceName = "experience_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_entry_seq")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    /** The text as compared for duplicates: lower case, single spaces, no end punctuation. */
    @Column(name = "text_key", nullable = false, length = TEXT_MAX, updatable = false)
    private String textKey;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Advice() {
    }

    public Advice(Long groupId, Person person, String text, Instant now) {
        this.groupId = groupId;
        this.person = person;
        this.text = text.strip();
        this.textKey = keyOf(text);
        this.createdAt = now;
    }

    public static String keyOf(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("[.!]+$", "").toLowerCase(Locale.ROOT);
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

    public String getText() {
        return text;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }
}
