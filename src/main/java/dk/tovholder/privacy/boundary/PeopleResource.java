package dk.tovholder.privacy.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A person's data: {@code GET /api/people/{id}/export} (the person or an
 * administrator; anyone else gets 404) and {@code POST /api/people/{id}/erase}
 * (administrators). One's own: {@link MyDataResource}.
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    PersonalData data;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id: [0-9]+}/export")
    public Response export(@PathParam("id") Long id) {
        return download(data.export(id, currentUser.caller()));
    }

    @POST
    @Path("{id: [0-9]+}/erase")
    public Response erase(@PathParam("id") Long id) {
        data.erase(id, currentUser.caller());
        return Response.noContent().build();
    }

    static Response download(JsonObject json) {
        return Response.ok(json).header("Content-Disposition", "attachment; filename=\"tovholder-data.json\"").build();
    }
}
