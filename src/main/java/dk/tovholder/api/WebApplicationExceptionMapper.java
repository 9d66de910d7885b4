package dk.tovholder.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unreadable body) as problems too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String key = switch (status) {
            case 404, 405, 406, 415 -> "problem.http." + status;
            default -> status >= 500 ? "problem.http.500" : "problem.http.400";
        };
        Problem problem = Problem.of(status, ApiLanguage.of(headers),
                "problem.title." + (status >= 500 ? 500 : status), key, uri.getRequestUri().getRawPath());
        return problem.toResponse();
    }
}
