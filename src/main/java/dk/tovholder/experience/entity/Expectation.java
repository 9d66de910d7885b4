package dk.tovholder.experience.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Step 4: what the group expects from the rest of the organisation: to whom, what, how important. */
@Entity
@Table(name = "experience_expectation")
@NamedQuery(name = Expectation.FIND_BY_GROUP, query = "select e from Expectation e where e.groupId = :groupId"
        + " order by e.createdAt, e.id")
public class Expectation implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP = "Expectation.findByGroup";
    public static final int TO_WHOM_MAX = 200;
    public static final int WHAT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "experience_entry_seq", sequenceName = "experience_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_entry_seq")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "to_whom", nullable = false, length = TO_WHOM_MAX)
    private String toWhom;

    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Expectation() {
    }

    public Expectation(Long groupId, String toWhom, String what, Priority priority, Instant now) {
        this.groupId = groupId;
        this.toWhom = toWhom.strip();
        this.what = what.strip();
        this.priority = priority;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getToWhom() {
        return toWhom;
    }

    public String getWhat() {
        return what;
    }

    public Priority getPriority() {
        return priority;
    }
}
