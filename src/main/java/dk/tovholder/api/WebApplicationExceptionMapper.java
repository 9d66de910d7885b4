package dk.tovholder.api;

import dk.tovholder.language.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** JAX-RS's own errors (unknown path, wrong method, unreadable body) as problems too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getResponse().hasEntity()
                && Problem.PROBLEM_JSON.isCompatible(exception.getResponse().getMediaType())) {
            return exception.getResponse(); // already a problem of ours (e.g. JsonBodyGuard's)
        }
        int status = exception.getResponse().getStatus();
        String parameter = badParameter(exception);
        if (parameter != null) {
            // JAX-RS answers 404 when a query parameter does not convert; the caller sent a bad value
            Problem problem = Problem.of(400, ApiLanguage.of(headers), "problem.title.400", "problem.http.parameter",
                    uri.getRequestUri().getRawPath(), parameter);
            return problem.withErrors(List.of(new Problem.FieldError(parameter, problem.detail()))).toResponse();
        }
        String key = switch (status) {
            case 403 -> "refusal.forbidden";
            case 404, 405, 406, 415 -> "problem.http." + status;
            default -> status >= 500 ? "problem.http.500" : "problem.http.400";
        };
        int titled = status >= 500 ? 500 : status;
        Problem problem = Problem.of(status, ApiLanguage.of(headers),
                Messages.has("problem.title." + titled) ? "problem.title." + titled : "problem.title.400", key,
                uri.getRequestUri().getRawPath());
        return problem.toResponse();
    }

    /**
     * The name of the query, path or form parameter whose value did not
     * convert, read from the JAX-RS implementation's exception (Jersey's
     * {@code ParamException}), or null.
     */
    static String badParameter(WebApplicationException exception) {
        for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getSimpleName().equals("ParamException")) {
                try {
                    Object name = type.getMethod("getParameterName").invoke(exception);
                    return name == null ? null : name.toString();
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
