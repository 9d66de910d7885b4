package dk.tovholder.experience.entity;

import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** Step 3: an agreement for ongoing collaboration: what, how often or when, and who is responsible. */
@Entity
@Table(name = "experience_agreement")
@NamedQuery(name = Agreement.FIND_BY_GROUP, query = "select a from Agreement a where a.groupId = :groupId order by a.createdAt, a.id")
public class Agreement implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP = "Agreement.findByGroup";
    public static final int WHAT_MAX = 500;
    public static final int WHEN_MAX = 300;

    @Id
    @SequenceGenerator(name = "experience_entry_seq", sequenceName = "experience_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_entry_seq")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    @Column(name = "when_text", nullable = false, length = WHEN_MAX)
    private String when;

    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "experience_agreement_person", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> responsible;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Agreement() {
    }

    public Agreement(Long groupId, String what, String when, Set<Person> responsible, Instant now) {
        this.groupId = groupId;
        this.what = what.strip();
        this.when = when.strip();
        this.responsible = new HashSet<>(responsible);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getWhat() {
        return what;
    }

    public String getWhen() {
        return when;
    }

    /** The responsible participants, by name. */
    public List<Person> getResponsible() {
        return responsible.stream().sorted(Comparator.comparing(Person::getName)).toList();
    }
}
