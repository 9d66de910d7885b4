package dk.tovholder.valuegame.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.organisation.boundary.Organisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/organisations/{id}/value-answers}: the organisation's
 * answers in value games over time, from the groups the caller may see.
 */
@Path("organisations/{id}/value-answers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationValuesResource {

    @Inject
    ValueGames games;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<ValueGames.OrganisationAnswer> answers(@PathParam("id") long id) {
        organisations.find(id); // 404 for an organisation that does not exist
        return games.answersOf(id, currentUser.caller());
    }
}
