package dk.tovholder.organisation.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import java.util.List;

/**
 * An organisation as the API shows it to one caller: {@code contact} is null
 * unless the organisation consented or the caller is one of its own or an
 * administrator. {@code version} goes back in an edit ({@code ?version=} or
 * {@code If-Match}; the answer's {@code ETag}).
 */
public record OrganisationView(
        long id,
        long version,
        String name,
        OrganisationType type,
        String description,
        String address,
        String website,
        Contact contact,
        String competences,
        String targetGroups,
        String languages,
        String physicalBase,
        String facilities,
        String otherResources,
        List<CollaborationValue> values,
        boolean wantsMoreCollaboration) {

    public record Contact(String person, String phone, String email) {
    }

    public static OrganisationView of(Organisation o, Caller viewer) {
        Contact contact = o.contactVisibleTo(viewer.isAdmin(), viewer.organisationId()) && !o.getContact().isEmpty()
                ? new Contact(o.getContact().getPerson(), o.getContact().getPhone(), o.getContact().getEmail())
                : null;
        return new OrganisationView(o.getId(), o.getVersion(), o.getName(), o.getType(), o.getDescription(), o.getAddress(),
                o.getWebsite(), contact, o.getCompetences(), o.getTargetGroups(), o.getLanguages(),
                o.getPhysicalBase(), o.getFacilities(), o.getOtherResources(),
                o.getValues().stream().sorted().toList(), o.isWantsMoreCollaboration());
    }
}
