package dk.tovholder.identity.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.entity.ApiToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * My personal API tokens: {@code GET /api/me/tokens} lists them (never their
 * secrets), {@code POST} with {@code {"name": "…"}} makes one and answers 201
 * with its secret, this once; {@code DELETE /api/me/tokens/{id}} revokes one.
 * Someone else's token is a 404, as if it did not exist.
 */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    /** A token as the list shows it: no secret. */
    public record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getName(), local(t.getCreatedAt()), local(t.getLastUsedAt()));
        }
    }

    /** A token just made, with its secret: the only time the secret is shown. */
    public record IssuedToken(long id, String name, OffsetDateTime createdAt, String secret) {
    }

    /** The body of a POST. */
    public static class NewToken implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @GET
    public List<TokenView> mine() {
        return tokens.of(currentUser.caller()).stream().map(TokenView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull NewToken body) {
        ApiToken token = tokens.create(currentUser.caller(), body.getName());
        return Response.created(uri.getBaseUriBuilder().path("me/tokens").path(String.valueOf(token.getId())).build())
                .entity(new IssuedToken(token.getId(), token.getName(), local(token.getCreatedAt()), token.getSecret()))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id, currentUser.caller());
        return Response.noContent().build();
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(AppClock.ZONE).toOffsetDateTime();
    }
}
