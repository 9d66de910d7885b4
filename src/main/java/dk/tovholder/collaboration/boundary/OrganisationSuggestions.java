package dk.tovholder.collaboration.boundary;

import dk.tovholder.collaboration.control.Suggestions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The organisation profile's suggested partners (the organisation component does not know the map). */
@Named
@RequestScoped
public class OrganisationSuggestions {

    @Inject
    NetworkMap map;

    private List<Suggestions.Suggestion> suggestions;

    public List<Suggestions.Suggestion> of(Long organisationId) {
        if (suggestions == null) {
            suggestions = organisationId == null ? List.of() : map.suggestionsFor(organisationId);
        }
        return suggestions;
    }
}
