package dk.tovholder.valuegame.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The organisation profile's "value games over time" (the organisation component does not know the game). */
@Named
@RequestScoped
public class OrganisationValues {

    @Inject
    ValueGames games;

    @Inject
    CurrentUser currentUser;

    private List<ValueGames.OrganisationAnswer> answers;

    public List<ValueGames.OrganisationAnswer> of(Long organisationId) {
        if (answers == null) {
            answers = organisationId == null ? List.of() : games.answersOf(organisationId, currentUser.caller());
        }
        return answers;
    }
}
