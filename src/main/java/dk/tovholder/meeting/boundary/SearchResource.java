package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Search across published agendas, approved minutes and decisions of the groups the caller may see. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    Search search;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<Search.Hit> find(@QueryParam("q") String q) {
        return search.find(q, currentUser.caller());
    }
}
