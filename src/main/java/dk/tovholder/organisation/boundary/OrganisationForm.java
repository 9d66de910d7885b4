package dk.tovholder.organisation.boundary;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.ContactDetails;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.organisation.entity.WebAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * An organisation's profile as its people or an administrator edit it (the page's form and the
 * API's body): checked by Bean Validation, then applied to the entity through its own methods.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Organisation.NAME_MAX)
    private String name;

    @NotNull
    private OrganisationType type;

    @Size(max = Organisation.DESCRIPTION_MAX)
    private String description;

    @Size(max = Organisation.ADDRESS_MAX)
    private String address;

    @WebAddress
    @Size(max = Organisation.WEBSITE_MAX)
    private String website;

    @Size(max = ContactDetails.NAME_MAX)
    private String contactPerson;

    @Size(max = ContactDetails.PHONE_MAX)
    @Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "{tovholder.validation.Phone}")
    private String contactPhone;

    @Email
    @Size(max = ContactDetails.EMAIL_MAX)
    private String contactEmail;

    private boolean contactConsent;

    @Size(max = Organisation.TEXT_MAX)
    private String competences;

    @Size(max = Organisation.TEXT_MAX)
    private String targetGroups;

    @Size(max = Organisation.LANGUAGES_MAX)
    private String languages;

    @Size(max = Organisation.TEXT_MAX)
    private String physicalBase;

    @Size(max = Organisation.TEXT_MAX)
    private String facilities;

    @Size(max = Organisation.TEXT_MAX)
    private String otherResources;

    private Set<CollaborationValue> values = EnumSet.noneOf(CollaborationValue.class);

    private boolean wantsMoreCollaboration;

    /** The form of an organisation as it is now. */
    public static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.type = organisation.getType();
        form.description = organisation.getDescription();
        form.address = organisation.getAddress();
        form.website = organisation.getWebsite();
        ContactDetails contact = organisation.getContact();
        form.contactPerson = contact.getPerson();
        form.contactPhone = contact.getPhone();
        form.contactEmail = contact.getEmail();
        form.contactConsent = organisation.isContactConsent();
        form.competences = organisation.getCompetences();
        form.targetGroups = organisation.getTargetGroups();
        form.languages = organisation.getLanguages();
        form.physicalBase = organisation.getPhysicalBase();
        form.facilities = organisation.getFacilities();
        form.otherResources = organisation.getOtherResources();
        form.values = organisation.getValues().isEmpty() ? EnumSet.noneOf(CollaborationValue.class)
                : EnumSet.copyOf(organisation.getValues());
        form.wantsMoreCollaboration = organisation.isWantsMoreCollaboration();
        return form;
    }

    /** A new organisation of this form (not yet stored). */
    Organisation newOrganisation() {
        Organisation organisation = new Organisation(name, type);
        applyTo(organisation);
        return organisation;
    }

    /** Writes the form into the organisation. */
    void applyTo(Organisation organisation) {
        organisation.describe(name, type, description, address, website);
        organisation.reachAt(new ContactDetails(contactPerson, contactPhone, contactEmail));
        organisation.recordConsent(contactConsent);
        organisation.offer(competences, targetGroups, languages, physicalBase, facilities, otherResources);
        organisation.holdValues(values == null ? Set.of() : values);
        organisation.wantMoreCollaboration(wantsMoreCollaboration);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
        this.website = website;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
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
        this.values = values;
    }

    public boolean isWantsMoreCollaboration() {
        return wantsMoreCollaboration;
    }

    public void setWantsMoreCollaboration(boolean wantsMoreCollaboration) {
        this.wantsMoreCollaboration = wantsMoreCollaboration;
    }

    /** The values as an array, so that JSF converts the page's checkboxes to enum constants. */
    public CollaborationValue[] getValueArray() {
        return values == null ? new CollaborationValue[0] : values.toArray(CollaborationValue[]::new);
    }

    public void setValueArray(CollaborationValue[] chosen) {
        values = EnumSet.noneOf(CollaborationValue.class);
        if (chosen != null) {
            values.addAll(Set.of(chosen));
        }
    }
}
