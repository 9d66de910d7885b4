package dk.tovholder.api;

import dk.tovholder.refusal.Refusal;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP's own optimistic concurrency beside {@code ?version=}: a versioned thing (a meeting, a
 * room, a booking, a post, a value game, an experience group, an organisation) comes with {@code ETag: "7"}, its
 * version, and a change may send {@code If-Match: "7"} instead of {@code ?version=7}. A change
 * on an older version is then refused with 412 Precondition Failed (409 with {@code ?version=}),
 * as a problem that says to read the thing again; nothing is changed.
 */
@Provider
@PreMatching
public class EntityTags implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Pattern STRONG_TAG = Pattern.compile("\\s*\"([0-9]{1,18})\"\\s*");
    /** Each view record's version accessor, if it has one. */
    private static final Map<Class<?>, Optional<RecordComponent>> VERSIONS = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank() || HttpMethod.GET.equals(request.getMethod())
                || HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        Matcher tag = STRONG_TAG.matcher(ifMatch);
        if (!tag.matches()) {
            throw Refusal.onField(HttpHeaders.IF_MATCH, "api.ifMatch.invalid");
        }
        String version = Long.toString(Long.parseLong(tag.group(1)));
        String query = request.getUriInfo().getQueryParameters().getFirst("version");
        if (query != null && !query.strip().equals(version)) {
            throw Refusal.onField("version", "api.ifMatch.disagrees");
        }
        if (query == null) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .queryParam("version", version).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || response.getStatus() >= 300 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        versionOf(entity).ifPresent(version -> response.getHeaders().putSingle(HttpHeaders.ETAG,
                new EntityTag(version.toString())));
    }

    /** The version of a view record with a {@code version} component (long or Long), else nothing. */
    static Optional<Number> versionOf(Object entity) {
        return VERSIONS.computeIfAbsent(entity.getClass(), EntityTags::versionComponent).map(component -> {
            try {
                return (Number) component.getAccessor().invoke(entity);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the version of " + entity.getClass().getName(), e);
            }
        });
    }

    private static Optional<RecordComponent> versionComponent(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals("version")
                        && (c.getType() == long.class || c.getType() == Long.class))
                .findFirst();
    }
}
