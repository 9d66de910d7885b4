package dk.tovholder.collaboration.control;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.OrganisationType;
import java.util.Set;

/**
 * An organisation as the network map and the suggestions see it: its type,
 * the values it looks for in collaboration, whether it wants more
 * collaboration, whether it lends rooms and what competences it names.
 */
public record Actor(long id, String name, OrganisationType type, Set<CollaborationValue> values, boolean wantsMore,
        boolean lendsRooms, String competences) {
}
