package dk.tovholder.diagnostics;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * How many SQL statements a probed request cost, and which request threads are
 * busy besides the caller's. Administrators only; 404 unless diagnostics are on.
 */
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
        List<String> statements = ledger.statements(probe).orElseThrow(() -> new NotFound("probe", probe));
        return Json.createObjectBuilder().add("probe", probe).add("statements", statements.size())
                .add("sql", Json.createArrayBuilder(statements)).build();
    }

    /**
     * The server's request threads that are serving a request now, other than
     * this one: after a burst of hostile requests, none should be left.
     */
    @GET
    @Path("busy-threads")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject busyThreads() {
        if (!currentUser.caller().isAdmin()) {
            throw new Forbidden("refusal.forbidden");
        }
        if (!ledger.enabled()) {
            throw new NotFound("probe", "busy-threads");
        }
        JsonArrayBuilder busy = Json.createArrayBuilder();
        int count = 0;
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == Thread.currentThread() || !thread.getName().startsWith("http-thread-pool")) {
                continue;
            }
            StackTraceElement[] stack = entry.getValue();
            if (Arrays.stream(stack).anyMatch(f -> f.getClassName().endsWith("StandardWrapperValve"))) {
                count++;
                busy.add(thread.getName() + " " + thread.getState() + (stack.length > 0 ? " at " + stack[0] : ""));
            }
        }
        return Json.createObjectBuilder().add("busy", count).add("threads", busy).build();
    }
}
