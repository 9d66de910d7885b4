package dk.tovholder.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz tier: every API method that reads a JSON body (found from the
 * JAX-RS resources) is sent a fixed corpus of broken bodies: truncated,
 * nested too deep, too large, of bad UTF-8, with control characters or half a
 * UTF-16 character in a text. Each must be answered within 2 s with 400 or 413
 * problem+json, and afterwards no request thread of the server may be left
 * busy. And the cross-site check: {@code Origin: null}, or a session cookie
 * without any Origin, changes nothing.
 */
class HostileInputIT {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    /** name → body bytes. */
    static Map<String, byte[]> corpus() {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("truncated object", bytes("{\"x\":{"));
        corpus.put("truncated array", bytes("{\"x\":["));
        corpus.put("truncated nested arrays", bytes("[[["));
        corpus.put("truncated string", bytes("{\"title\":\"ab"));
        corpus.put("trailing garbage", bytes("{\"title\":\"a\"}}}garbage"));
        corpus.put("nested 500 deep", bytes("[".repeat(500) + "]".repeat(500)));
        corpus.put("300 KiB", bytes("{\"title\":\"" + "a".repeat(300 * 1024) + "\"}"));
        corpus.put("NUL in a text", bytes("{\"title\":\"a\\u0000b\",\"purpose\":\"a\\u0000b\"}"));
        corpus.put("escape character in a text", bytes("{\"title\":\"a\u001bb\",\"purpose\":\"a\u001bb\"}"));
        corpus.put("unpaired surrogate", bytes("{\"title\":\"a\\ud800b\",\"purpose\":\"a\\ud800b\"}"));
        corpus.put("bad UTF-8", new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
        return corpus;
    }

    @TestFactory
    Stream<DynamicTest> everyJsonBodyEndpointRefusesBrokenBodiesAtOnce() {
        List<AccessMatrixCoverage.Target> endpoints = AccessMatrixCoverage.jsonBodyEndpoints();
        assertTrue(endpoints.size() >= 15, () -> "too few body endpoints found: " + endpoints);
        List<DynamicTest> tests = new ArrayList<>();
        for (AccessMatrixCoverage.Target endpoint : endpoints) {
            String path = endpoint.template().replaceAll("\\{[^}]*}", "1").replaceFirst("^/", "") + "?version=1";
            tests.add(dynamicTest(endpoint.toString(), () -> {
                List<String> wrong = new ArrayList<>();
                corpus().forEach((name, body) -> {
                    long started = System.nanoTime();
                    HttpResponse<String> answer = send(endpoint.method(), path, body);
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    String type = answer == null ? "" : answer.headers().firstValue("Content-Type").orElse("");
                    if (answer == null || took.compareTo(WITHIN) > 0 || answer.statusCode() != 400
                            && answer.statusCode() != 413 || !type.startsWith("application/problem+json")) {
                        wrong.add(name + ": " + (answer == null ? "no answer within " + WITHIN.toSeconds() + " s"
                                : answer.statusCode() + " " + type + " in " + took.toMillis() + " ms "
                                + answer.body().substring(0, Math.min(200, answer.body().length()))));
                    }
                });
                assertTrue(wrong.isEmpty(), () -> endpoint + ":\n  " + String.join("\n  ", wrong));
            }));
        }
        tests.add(dynamicTest("afterwards no request thread is left busy", HostileInputIT::noBusyThreads));
        return tests.stream();
    }

    /**
     * Every page of the access matrix with each of its parameters garbled, out of range or left out: an error page
     * (400, 404) or the page itself, never a 500. Pages without parameters get the usual ones.
     */
    @TestFactory
    Stream<DynamicTest> everyPageAnswersGarbageParametersWithoutAnInternalError() {
        // each page with the parameters the matrix gives it, and the two every page might read
        Map<String, Set<String>> pages = new TreeMap<>();
        for (AccessMatrix.Row row : AccessMatrix.load().rows()) {
            if (row.isPage() && row.method().equals("GET")) {
                Set<String> names = pages.computeIfAbsent(row.route(),
                        r -> new TreeSet<>(List.of("id", "date")));
                Matcher parameter = Pattern.compile("[?&]([a-z]+)=")
                        .matcher(row.path());
                while (parameter.find()) {
                    names.add(parameter.group(1));
                }
            }
        }
        List<String> garbage = List.of("x", "-1", "99999999999999999999", "2027-13-45", "%00", "%3Cscript%3E", "");
        return pages.entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
            String page = entry.getKey();
            Set<String> names = entry.getValue();
            WebSession session = WebSession.of("admin");
            List<String> wrong = new ArrayList<>();
            List<String> queries = new ArrayList<>();
            queries.add("");
            for (String name : names) {
                for (String value : garbage) {
                    queries.add("?" + name + "=" + value);
                }
            }
            queries.add("?id=1&id=2");
            for (String query : queries) {
                HttpResponse<String> answer = session.send(HttpRequest.newBuilder(Server.uri(page.substring(1)
                        + query)).header("Accept", "text/html").timeout(Duration.ofSeconds(20)).GET().build());
                if (answer.statusCode() >= 500) {
                    wrong.add(query + " → " + answer.statusCode());
                }
            }
            assertTrue(wrong.isEmpty(), () -> page + ":\n  " + String.join("\n  ", wrong));
        }));
    }

    @Test
    void aControlCharacterIsNamedInTheCallersLanguage() {
        HttpResponse<String> answer = Server.send(Server.request("api/bookings", "booker")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"purpose\":\"a\\u0007b\"}")).build());
        assertEquals(400, answer.statusCode(), answer::body);
        JsonObject problem = Server.json(answer).asJsonObject();
        assertEquals("purpose", problem.getJsonArray("errors").getJsonObject(0).getString("field"), answer::body);
        assertTrue(problem.getString("detail").contains("control character"), answer::body);
    }

    @Test
    void aFractionIsNoId() {
        HttpResponse<String> answer = Server.send(Server.request("api/bookings", "booker")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"roomId\":1.5,\"day\":\"2031-05-06\",\"start\":\"10:00\",\"end\":\"11:00\",\"people\":2,"
                                + "\"purpose\":\"Halvt lokale\"}")).build());
        assertEquals(400, answer.statusCode(), answer::body);
        HttpResponse<String> bookings = Server.get("api/bookings/mine", "booker");
        assertFalse(bookings.body().contains("Halvt lokale"), "a refused booking was stored");
    }

    @Test
    void anUnknownBorrowerIsRefusedAndNoRoomIsMade() {
        long centre = Server.json(Server.get("api/organisations?max=100", "booker")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("name").equals("Medborgercentret Norden Plads"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String name = "Fejllånerlokalet";
        HttpResponse<String> answer = Server.send("booker", "POST", "api/rooms?owner=" + centre, Json
                .createObjectBuilder().add("name", name).add("address", "Nordens Plads 1, Frederiksberg")
                .add("borrowers", Json.createArrayBuilder().add(987654321L)).build().toString());
        assertEquals(400, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("987654321"), answer::body);
        assertFalse(Server.get("api/rooms", "booker").body().contains(name), "a refused room was made");
    }

    @Test
    void originNullIsNoOriginOfOurs() {
        HttpResponse<String> answer = Server.send(Server.request("api/calendar/feeds?kind=PERSON", "deltager")
                .header("Origin", "null").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, answer.statusCode(), answer::body);
    }

    @Test
    void aSessionCookieWithoutOriginOrRefererChangesNothing() {
        WebSession session = WebSession.of("deltager");
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(Server.uri("api/calendar/feeds?kind=PERSON"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, answer.statusCode(), answer::body);
        HttpResponse<String> withOrigin = session.send(HttpRequest.newBuilder(Server.uri("api/me"))
                .header("Origin", Server.url().replaceAll("/$", "")).GET().build());
        assertEquals(200, withOrigin.statusCode(), withOrigin::body);
    }

    /**
     * Requests still finishing their answers get ten seconds (on a machine busy with the other suite beside
     * this one, two were once too few); then no request thread may be busy. A body that never ends would hold
     * its thread for good.
     */
    private static void noBusyThreads() {
        await("no request thread left busy").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Server.json(Server.get("api/diagnostics/busy-threads", "admin")).asJsonObject(),
                        busy -> busy.getInt("busy") == 0);
    }

    /** The administrator's browser session: a session cookie, no password hashing per request. */
    private static WebSession admin;

    private static synchronized HttpResponse<String> send(String method, String path, byte[] body) {
        if (admin == null) {
            admin = WebSession.of("admin");
            // once untimed: the first body the server reads after its start loads the JSON classes
            admin.send(HttpRequest.newBuilder(Server.uri("api/bookings")).header("Content-Type", "application/json")
                    .header("Origin", Server.url().replaceAll("/$", "")).POST(HttpRequest.BodyPublishers.ofString("{"))
                    .build());
        }
        HttpRequest request = HttpRequest.newBuilder(Server.uri(path)).header("Content-Type", "application/json")
                .header("Origin", Server.url().replaceAll("/$", "")).timeout(WITHIN.plusSeconds(3))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return admin.send(request);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                return null;
            }
            throw e;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
