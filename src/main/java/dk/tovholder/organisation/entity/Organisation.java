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
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An actor of the area: its profile in the directory (the resource exchange's
 * first part) and its contact details, which others see only when the
 * organisation has recorded its consent.
 *
 * <p>The profile is free description without cross-field invariants, so the
 * edit page binds a detached copy and {@code Organisations.save} merges it
 * under the optimistic lock; the consent is the one rule and lives in
 * {@link #recordConsent(boolean)}.
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
        this.name = name;
        this.type = type;
    }

    /** A blank organisation for the create form. */
    public static Organisation blank() {
        return new Organisation();
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

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null ? null : website.strip();
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

    /** For form binding; the save path calls {@link #recordConsent(boolean)}. */
    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }

    public Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getPhysicalBase() {
        return physicalBase;
    }

    public void setPhysicalBase(String physicalBase) {
        this.physicalBase = physicalBase;
    }

    public String getFacilities() {
        return facilities;
    }

    public void setFacilities(String facilities) {
        this.facilities = facilities;
    }

    public boolean isWantsMoreCollaboration() {
        return wantsMoreCollaboration;
    }

    public void setWantsMoreCollaboration(boolean wantsMoreCollaboration) {
        this.wantsMoreCollaboration = wantsMoreCollaboration;
    }

    public String getOtherResources() {
        return otherResources;
    }

    public void setOtherResources(String otherResources) {
        this.otherResources = otherResources;
    }

    public Set<CollaborationValue> getValues() {
        return values;
    }

    public void setValues(Set<CollaborationValue> values) {
        this.values.clear();
        if (values != null) {
            this.values.addAll(values);
        }
    }
}
