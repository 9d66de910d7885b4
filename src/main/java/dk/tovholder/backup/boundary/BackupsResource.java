package dk.tovholder.backup.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code GET /api/backups}: the backups there are; {@code POST}: take one now. Administrators only. */
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    Backups backups;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<Backups.Backup> list() {
        return backups.list(currentUser.caller());
    }

    @POST
    public Response take() {
        return Response.status(Response.Status.CREATED).entity(backups.backup(currentUser.caller())).build();
    }
}
