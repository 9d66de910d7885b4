package dk.tovholder.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that cannot be read (not JSON, or a value of the wrong form
 * such as {@code "start": "25:00"}) is the caller's mistake: 400, naming the
 * property when JSON-B says which, never an internal error.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([A-Za-z0-9_]+)'");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException exception) {
        String property = property(exception);
        if (property == null) {
            return Problem.of(400, ApiLanguage.of(headers), "problem.title.400", "problem.body.invalid",
                    uri.getRequestUri().getRawPath()).toResponse();
        }
        Problem problem = Problem.of(400, ApiLanguage.of(headers), "problem.title.400", "problem.body.property",
                uri.getRequestUri().getRawPath(), property);
        return problem.withErrors(List.of(new Problem.FieldError(property, problem.detail()))).toResponse();
    }

    /** The innermost property JSON-B names in the chain of causes, or null. */
    static String property(Throwable exception) {
        String found = null;
        for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                found = m.group(1);
            }
        }
        return found;
    }
}
