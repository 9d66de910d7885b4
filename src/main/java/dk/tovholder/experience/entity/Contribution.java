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
import jakarta.persistence.Version;
import java.io.Serializable;

/** Step 2: a participant's competences and what they bring to the collaboration (one per participant). */
@Entity
@Table(name = "experience_contribution")
@NamedQuery(name = Contribution.FIND_BY_GROUP, query = "select c from Contribution c where c.groupId = :groupId")
public class Contribution implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP = "Contribution.findByGroup";
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "experience_entry_seq", sequenceName = "experience_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_entry_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = TEXT_MAX)
    private String competences;

    @Column(nullable = false, length = TEXT_MAX)
    private String brings;

    /** No contribution yet (a row of the matrix still empty). */
    public static final Contribution NONE = new Contribution();

    protected Contribution() {
    }

    public Contribution(Long groupId, Person person, String competences, String brings) {
        this.groupId = groupId;
        this.person = person;
        change(competences, brings);
    }

    public void change(String newCompetences, String newBrings) {
        this.competences = newCompetences.strip();
        this.brings = newBrings.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public String getCompetences() {
        return competences;
    }

    public String getBrings() {
        return brings;
    }
}
