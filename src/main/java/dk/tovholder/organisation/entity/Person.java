package dk.tovholder.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** A member of staff or a volunteer; always belongs to one organisation. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.FIND_BY_ORGANISATION,
        query = "select p from Person p where p.organisation.id = :organisationId order by p.name")
public class Person implements Serializable {

    public static final String FIND_BY_ORGANISATION = "Person.findByOrganisation";
    public static final int NAME_MAX = 200;
    public static final int TITLE_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = TITLE_MAX)
    @Column(name = "job_title", length = TITLE_MAX)
    private String jobTitle;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private String phone;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** What a removed person is shown as wherever their name was (minutes, bookings, history). */
    public static final String FORMER = "Tidligere deltager";

    protected Person() {
    }

    public Person(String name, String jobTitle, String email, Organisation organisation) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.email = email;
        this.organisation = organisation;
    }

    /**
     * Removes the person's details for good (data protection); the row stays so
     * that minutes, bookings and history keep reading, as a former participant.
     */
    public void erase(Instant now) {
        name = FORMER;
        jobTitle = null;
        email = null;
        phone = null;
        erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public void moveTo(Organisation other) {
        this.organisation = other;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
