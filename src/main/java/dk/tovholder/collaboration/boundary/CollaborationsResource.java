package dk.tovholder.collaboration.boundary;

import dk.tovholder.collaboration.entity.Collaboration;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * Recorded collaborations: {@code GET /api/collaborations?organisation=}
 * (an organisation's, for everyone logged in: the map shows them too),
 * {@code POST} to record one for your organisation, {@code DELETE .../{id}?version=}
 * (people of either organisation, administrators).
 */
@Path("collaborations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CollaborationsResource {

    @Inject
    NetworkMap map;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    /** A recorded collaboration as the API shows it. */
    public record CollaborationView(long id, long version, long firstId, String first, long secondId,
            String second, CollaborationKind kind, LocalDate since, LocalDate until, String note) {
        static CollaborationView of(Collaboration c) {
            return new CollaborationView(c.getId(), c.getVersion(), c.getFirst().getId(), c.getFirst().getName(),
                    c.getSecond().getId(), c.getSecond().getName(), c.getKind(), c.getSince(), c.getUntil(),
                    c.getNote());
        }
    }

    @GET
    public List<CollaborationView> of(@QueryParam("organisation") @NotNull Long organisation) {
        return map.recordedOf(organisation).stream().map(CollaborationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Valid @NotNull CollaborationForm form) {
        Collaboration recorded = map.record(form, currentUser.caller());
        return Response.created(uri.getBaseUriBuilder().path("collaborations")
                .queryParam("organisation", recorded.getFirst().getId()).build())
                .entity(CollaborationView.of(recorded)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        map.remove(id, version, currentUser.caller());
        return Response.noContent().build();
    }
}
