package dk.tovholder.api;

import dk.tovholder.refusal.Refusal;
import dk.tovholder.refusal.WithDetails;
import dk.tovholder.schema.Versions;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.List;

/** A refusal becomes a problem with its status and its message in the caller's language. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Refusal refusal) {
        // a change sent with If-Match on an older version: HTTP's own answer (EntityTags)
        int status = refusal.status() == 409 && Versions.isStale(refusal)
                && headers.getHeaderString(HttpHeaders.IF_MATCH) != null ? 412 : refusal.status();
        Problem problem = Problem.of(status, ApiLanguage.of(headers), "problem.title." + status,
                refusal.messageKey(), uri.getRequestUri().getRawPath(), refusal.arguments());
        if (refusal.field() != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(refusal.field(), problem.detail())));
        }
        if (refusal instanceof WithDetails detailed) {
            try (Jsonb jsonb = JsonbBuilder.create();
                    JsonReader reader = Json.createReader(
                            new StringReader(jsonb.toJson(detailed.details())))) {
                problem = problem.withExtensions(reader.readObject());
            } catch (Exception e) {
                throw new IllegalStateException("problem details of " + refusal.messageKey(), e);
            }
        }
        return problem.toResponse();
    }
}
