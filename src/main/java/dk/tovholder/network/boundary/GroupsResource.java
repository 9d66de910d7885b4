package dk.tovholder.network.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.network.entity.NetworkGroup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * Network groups and their rota as JSON. Members-only groups answer 404 to
 * non-members, exactly like groups that do not exist.
 */
@Path("groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    NetworkGroups groups;

    @Inject
    CurrentUser currentUser;

    /** Summaries of the groups the caller may see. */
    @GET
    public List<GroupSummary> list() {
        Caller caller = currentUser.caller();
        return groups.visibleTo(caller).stream().filter(NetworkGroup::isNetwork)
                .map(g -> GroupSummary.of(g, groups.isMember(g, caller))).toList();
    }

    @GET
    @Path("{id}")
    public GroupView get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        NetworkGroup group = groups.find(id, caller);
        RotaOverview rota = groups.rota(id, caller);
        return GroupView.of(group, rota, rota.today());
    }

    /**
     * The rota's turns between two days (default: from a year ago to a year
     * ahead), with holders and how each turn came about.
     */
    @GET
    @Path("{id}/rotation")
    public List<RotaTurn> rotation(@PathParam("id") long id, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        RotaOverview rota = groups.rota(id, currentUser.caller());
        LocalDate start = from == null ? rota.today().minusYears(1) : from;
        LocalDate end = to == null ? rota.today().plusYears(1) : to;
        return rota.turns().stream().filter(t -> !t.date().isBefore(start) && t.date().isBefore(end)).toList();
    }

    /** A group in a list. */
    public record GroupSummary(Long id, String name, String theme, String visibility, boolean member) {
        static GroupSummary of(NetworkGroup g, boolean member) {
            return new GroupSummary(g.getId(), g.getName(), g.getTheme(), g.getVisibility().name(), member);
        }
    }
}
