package dk.tovholder.api;

import dk.tovholder.language.ValidationText;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Failed Bean Validation becomes a 400 problem listing each field and what is wrong with it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = ApiLanguage.of(headers);
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(Objects.requireNonNullElse(ValidationText.field(v), ""), ValidationText.of(v, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(400, locale, "problem.title.400", "problem.validation.detail",
                uri.getRequestUri().getRawPath()).withErrors(errors).toResponse();
    }
}
