package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.tovholder.api.RestApplication;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's published contract: {@code /openapi} is the OpenAPI document of
 * every resource method of the app (found in its compiled classes, so a new
 * one cannot be left out), with the two kinds of credentials and the RFC 9457
 * problem as every operation's refusal.
 */
class OpenApiIT {

    static JsonObject document;

    @BeforeAll
    static void read() {
        HttpResponse<String> response = Server.send(Server.request("openapi", "deltager")
                .header("Accept", "application/json").GET().build());
        assertEquals(200, response.statusCode(), response::body);
        document = Server.json(response).asJsonObject();
    }

    /** Every resource method of the app as "GET /api/meetings/{id}". */
    static Set<String> resourceMethods() {
        String root = "/" + strip(RestApplication.class.getAnnotation(ApplicationPath.class)
                .value());
        Set<String> operations = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("dk.tovholder")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String base = root + "/" + strip(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(verb.value() + " " + template(sub == null ? base : base + "/"
                                + strip(sub.value())));
                    }
                }
            }
        }
        return operations;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** A path as OpenAPI writes it: "{id: [0-9]+}" is "{id}", no slash at the end. */
    static String template(String path) {
        return path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
    }

    @Test
    void everyResourceMethodOfTheAppIsInTheDocument() {
        Set<String> expected = resourceMethods();
        assertTrue(expected.size() > 60, () -> "the app's resource methods were not found: " + expected);
        assertTrue(expected.contains("GET /api/meetings/{id}"), expected::toString);
        JsonObject paths = document.getJsonObject("paths");
        List<String> missing = new ArrayList<>();
        for (String operation : expected) {
            String[] parts = operation.split(" ", 2);
            JsonObject path = paths.getJsonObject(parts[1]);
            if (path == null || !path.containsKey(parts[0].toLowerCase(Locale.ROOT))) {
                missing.add(operation);
            }
        }
        assertEquals(List.of(), missing, "not in /openapi");
    }

    @Test
    void everyOperationAnswersRefusalsWithAProblemAndTheDocumentSaysHowToLogIn() {
        JsonObject booking = document.getJsonObject("paths").getJsonObject("/api/bookings").getJsonObject("post");
        for (String status : List.of("400", "401", "403", "404", "409")) {
            JsonObject refusal = booking.getJsonObject("responses").getJsonObject(status);
            assertTrue(refusal != null && refusal.getJsonObject("content").containsKey("application/problem+json"),
                    () -> status + ": " + booking);
        }
        JsonObject components = document.getJsonObject("components");
        assertTrue(components.getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties")
                .containsKey("errors"), components::toString);
        assertEquals("basic", components.getJsonObject("securitySchemes").getJsonObject("basic").getString("scheme"));
        assertEquals("bearer", components.getJsonObject("securitySchemes").getJsonObject("token").getString("scheme"));
        assertEquals("Tovholder API", document.getJsonObject("info").getString("title"));
    }

    @Test
    void aPathTemplateIsWrittenWithoutItsPattern() {
        assertEquals("/api/rooms/{id}/bookings", template("/api/rooms/{id: [0-9]+}/bookings"));
        assertEquals("/api/rooms", template("/api/rooms/"));
        assertTrue(document.getJsonObject("paths").keySet().stream().noneMatch(p -> p.contains(":")),
                () -> "no pattern in the document's paths: " + document.getJsonObject("paths").keySet());
    }
}
