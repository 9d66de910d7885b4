package dk.tovholder.organisation.entity;

import dk.tovholder.clock.AppClock;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An actor of the area: its profile in the directory (the resource exchange's
 * first part) and its contact details, which others see only when the
 * organisation has recorded its consent.
 *
 * <p>It changes by what it means ({@link #describe}, {@link #reachAt},
 * {@link #recordConsent}, {@link #offer}, {@link #holdValues},
 * {@link #wantMoreCollaboration}); the edit form and the API fill an
 * {@code OrganisationForm} and {@code Organisations} applies it to the managed
 * entity under the optimistic lock.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_BY_NAME,
        query = "select o from Organisation o where lower(o.name) = lower(:name)")
@NamedQuery(name = Organisation.COUNT_ALL, query = "select count(o) from Organisation o")
@NamedQuery(name = Organisation.FIND_ALL_NAMES,
        query = "select o from Organisation o order by o.name")
public class Organisation implements Serializable {

    public static final String FIND_BY_NAME = "Organisation.findByName";
    public static final String COUNT_ALL = "Organisation.countAll";
    public static final String FIND_ALL_NAMES = "Organisation.findAllNames";

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ADDRESS_MAX = 300;
    public static final int WEBSITE_MAX = 500;
    public static final int TEXT_MAX = 2000;
    public static final int LANGUAGES_MAX = 500;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 40)
    private OrganisationType type;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    @WebAddress
    @Size(max = WEBSITE_MAX)
    @Column(length = WEBSITE_MAX)
    private String website;

    @Valid
    @Embedded
    private ContactDetails contact = new ContactDetails();

    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;

    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String competences;

    @Size(max = TEXT_MAX)
    @Column(name = "target_groups", length = TEXT_MAX)
    private String targetGroups;

    @Size(max = LANGUAGES_MAX)
    @Column(length = LANGUAGES_MAX)
    private String languages;

    @Size(max = TEXT_MAX)
    @Column(name = "physical_base", length = TEXT_MAX)
    private String physicalBase;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String facilities;

    @Size(max = TEXT_MAX)
    @Column(name = "other_resources", length = TEXT_MAX)
    private String otherResources;

    @ElementCollection
    @CollectionTable(name = "organisation_value", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "collaboration_value", length = 40)
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<CollaborationValue> values = EnumSet.noneOf(CollaborationValue.class);

    /** It wants more collaboration: the network map lists it with suggested partners while it has few lines. */
    @Column(name = "wants_more_collaboration", nullable = false)
    private boolean wantsMoreCollaboration;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type) {
        describe(name, type, null, null, null);
    }

    /** Its profile: the name (trimmed) and type it must have, what it does, where it is and its website. */
    public void describe(String name, OrganisationType type, String description, String address, String website) {
        if (name == null || name.isBlank() || type == null) {
            throw new IllegalArgumentException("an organisation has a name and a type");
        }
        this.name = name.strip();
        this.type = type;
        this.description = description;
        this.address = address;
        this.website = website == null ? null : website.strip();
    }

    /** How to reach its contact person (shown to others only with its consent). */
    public void reachAt(ContactDetails contact) {
        this.contact = contact == null ? new ContactDetails() : contact;
    }

    /** What it brings to the area's exchange: competences, target groups, languages, premises and resources. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void offer(String competences, String targetGroups, String languages, String physicalBase,
            String facilities, String otherResources) {
        this.competences = competences;
        this.targetGroups = targetGroups;
        this.languages = languages;
        this.physicalBase = physicalBase;
        this.facilities = facilities;
        this.otherResources = otherResources;
    }

    /** The collaboration values it holds (the five values of the handbook); none is allowed. */
    public void holdValues(Set<CollaborationValue> held) {
        values.clear();
        if (held != null) {
            values.addAll(held);
        }
    }

    /** Whether it wants more collaboration: the network map then suggests partners while it has few lines. */
    public void wantMoreCollaboration(boolean wants) {
        this.wantsMoreCollaboration = wants;
    }

    /**
     * Records whether the organisation agrees to show its contact details to
     * everyone in the area; the time of the last change is kept.
     */
    public void recordConsent(boolean consent) {
        if (consent != contactConsent || consentRecordedAt == null) {
            consentRecordedAt = AppClock.now();
        }
        contactConsent = consent;
    }

    /**
     * Whether a viewer may see the contact details: with consent, everyone;
     * without it, the organisation's own people and administrators.
     */
    public boolean contactVisibleTo(boolean viewerIsAdmin, Long viewerOrganisationId) {
        return contactConsent || viewerIsAdmin || (id != null && id.equals(viewerOrganisationId));
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }


    public OrganisationType getType() {
        return type;
    }


    public String getDescription() {
        return description;
    }


    public String getAddress() {
        return address;
    }


    public String getWebsite() {
        return website;
    }


    public ContactDetails getContact() {
        if (contact == null) {
            contact = new ContactDetails();
        }
        return contact;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }


    public Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    public String getCompetences() {
        return competences;
    }


    public String getTargetGroups() {
        return targetGroups;
    }


    public String getLanguages() {
        return languages;
    }


    public String getPhysicalBase() {
        return physicalBase;
    }


    public String getFacilities() {
        return facilities;
    }


    public boolean isWantsMoreCollaboration() {
        return wantsMoreCollaboration;
    }


    public String getOtherResources() {
        return otherResources;
    }


    public Set<CollaborationValue> getValues() {
        return Collections.unmodifiableSet(values);
    }

}
