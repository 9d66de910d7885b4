package dk.tovholder.privacy.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/me/export}: everything Tovholder holds about the caller, as a JSON download. */
@Path("me/export")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyDataResource {

    @Inject
    PersonalData data;

    @Inject
    CurrentUser currentUser;

    @GET
    public Response export() {
        if (currentUser.caller().isAnonymous()) {
            throw new NotAuthorizedException("Basic");
        }
        return PeopleResource.download(data.export(currentUser.caller().personId(), currentUser.caller()));
    }
}
