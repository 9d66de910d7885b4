package dk.tovholder.exchange.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.exchange.entity.ExchangeAnswer;
import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resource exchange as JSON: {@code GET /api/exchange/posts} (open posts,
 * newest first; filters {@code kind}, {@code category}, {@code organisation},
 * {@code q}, {@code all=true} for closed and expired ones too,
 * {@code new=true} for those since the caller last opened the list; the total
 * in {@code X-Total-Count}), {@code POST} to post, {@code GET/PUT .../{id}},
 * {@code POST .../{id}/close}, {@code GET/POST .../{id}/answers} and
 * {@code POST .../{id}/announcements?group=[&meeting=]}.
 */
@Path("exchange/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {

    @Inject
    Exchange exchange;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("kind") PostKind kind, @QueryParam("category") PostCategory category,
            @QueryParam("organisation") Long organisation, @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("all") @DefaultValue("false") boolean all,
            @QueryParam("new") @DefaultValue("false") boolean onlyNew,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(Exchange.MAX_PAGE) int max) {
        Caller caller = currentUser.caller();
        Instant lastVisit = exchange.lastVisit(caller);
        PostFilter filter = new PostFilter(kind, category, organisation, text, all,
                onlyNew && lastVisit != null ? lastVisit : null);
        List<ExchangePost> posts = exchange.search(filter, first, max);
        return Response.ok(views(posts, caller, lastVisit)).header("X-Total-Count", exchange.count(filter)).build();
    }

    private List<PostView> views(List<ExchangePost> posts, Caller caller, Instant lastVisit) {
        Map<Long, Long> counts = exchange.answerCounts(posts);
        Set<Long> answered = exchange.answeredByMine(posts, caller);
        return posts.stream().map(p -> PostView.of(p, caller, exchange.today(), lastVisit,
                counts.getOrDefault(p.getId(), 0L), answered.contains(p.getId()))).toList();
    }

    private PostView view(ExchangePost post, Caller caller) {
        return views(List.of(post), caller, exchange.lastVisit(caller)).get(0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull PostForm form) {
        Caller caller = currentUser.caller();
        ExchangePost post = exchange.create(form, caller);
        return Response.created(uri.getBaseUriBuilder().path("exchange/posts").path(String.valueOf(post.getId()))
                .build()).entity(view(post, caller)).build();
    }

    @GET
    @Path("{id}")
    public PostView get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        return view(exchange.find(id), caller);
    }

    /** Changes a post (its organisation's people, administrators); send the version you read. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView update(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @Valid @NotNull PostForm form) {
        Caller caller = currentUser.caller();
        return view(exchange.update(id, version, form, caller), caller);
    }

    @POST
    @Path("{id}/close")
    public PostView close(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        Caller caller = currentUser.caller();
        return view(exchange.close(id, version, caller), caller);
    }

    /** All answers for the posting organisation and administrators; the caller's own otherwise. */
    @GET
    @Path("{id}/answers")
    public List<PostView.AnswerView> answers(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        return exchange.answers(exchange.find(id), caller).stream().map(PostView.AnswerView::of).toList();
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, @Valid @NotNull AnswerForm form) {
        ExchangeAnswer answer = exchange.answer(id, form, currentUser.caller());
        return Response.created(uri.getBaseUriBuilder().path("exchange/posts").path(String.valueOf(id))
                .path("answers").build()).entity(PostView.AnswerView.of(answer)).build();
    }

    /**
     * Announces the post in the group's next meeting (or the coming meeting
     * {@code meeting} of the group): an agenda item, or a proposal to its coordinator.
     */
    @POST
    @Path("{id}/announcements")
    public Response announce(@PathParam("id") long id, @QueryParam("group") @NotNull Long group,
            @QueryParam("meeting") Long meeting) {
        Announcement announcement = exchange.announce(id, group, meeting, currentUser.caller());
        return Response.created(uri.getBaseUriBuilder().path("meetings")
                .path(String.valueOf(announcement.meetingId())).build()).entity(announcement).build();
    }
}
