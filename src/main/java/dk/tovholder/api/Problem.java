package dk.tovholder.api;

import dk.tovholder.language.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail, written in the caller's language. {@code errors}
 * lists the fields that failed validation, each with a readable message.
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, JsonObject extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, Locale locale, String titleKey, String detailKey, String instance,
            Object... detailArguments) {
        return new Problem("about:blank", Messages.get(locale, titleKey),
                status, Messages.get(locale, detailKey, detailArguments), instance, List.of(), JsonValue.EMPTY_JSON_OBJECT);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), extensions);
    }

    /** Extension members (RFC 9457, section 3.2) that help the client act, e.g. free alternatives. */
    public Problem withExtensions(JsonObject members) {
        return new Problem(type, title, status, detail, instance, errors, members);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(toJson()).build();
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            errors.forEach(e -> array.add(Json.createObjectBuilder()
                    .add("field", e.field()).add("message", e.message())));
            json.add("errors", array);
        }
        extensions.forEach(json::add);
        return json.build().toString();
    }
}
