package dk.tovholder.organisation.boundary;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.OrganisationType;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The directory's search: free text (name, description, competences, target
 * groups, resources), a type, one of the five values, and competence text.
 */
public record OrganisationFilter(
        @Size(max = 200) String text,
        OrganisationType type,
        CollaborationValue value,
        @Size(max = 200) String competence) implements Serializable {

    public static final OrganisationFilter ALL = new OrganisationFilter(null, null, null, null);
}
