package dk.tovholder.valuegame.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.valuegame.entity.ValueGame;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A meeting's value game: {@code GET /api/meetings/{id}/value-game},
 * {@code POST} to start it, {@code PUT .../answers/{organisation}?version=}
 * to mark an organisation's values, {@code POST .../close?version=}.
 */
@Path("meetings/{id}/value-game")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ValueGameResource {

    @Inject
    ValueGames games;

    @Inject
    Meetings meetings;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    private GameView view(ValueGame game, long meetingId, Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        return GameView.of(game, games.members(meeting, caller));
    }

    @GET
    public GameView get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        return view(games.game(id, caller), id, caller);
    }

    @POST
    public Response start(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        ValueGame game = games.start(id, caller);
        return Response.created(uri.getAbsolutePath()).entity(view(game, id, caller)).build();
    }

    @PUT
    @Path("answers/{organisation}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GameView answer(@PathParam("id") long id, @PathParam("organisation") long organisation,
            @QueryParam("version") @NotNull Long version, @Valid @NotNull ValueAnswerForm form) {
        Caller caller = currentUser.caller();
        return view(games.answer(id, version, organisation, form, caller), id, caller);
    }

    @POST
    @Path("close")
    public GameView close(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        Caller caller = currentUser.caller();
        return view(games.close(id, version, caller), id, caller);
    }
}
