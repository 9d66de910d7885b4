package dk.tovholder.diagnostics;

import dk.tovholder.refusal.NotFound;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.refusal.Forbidden;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** How many SQL statements a probed request cost. Administrators only; 404 unless diagnostics are on. */
@Path("diagnostics")
@RequestScoped
public class DiagnosticsResource {

    @Inject
    StatementLedger ledger;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("statements/{probe}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject statements(@PathParam("probe") String probe) {
        if (!currentUser.caller().isAdmin()) {
            throw new Forbidden("refusal.forbidden");
        }
        int statements = ledger.statements(probe).orElseThrow(() -> new NotFound("probe", probe));
        return Json.createObjectBuilder().add("probe", probe).add("statements", statements).build();
    }
}
