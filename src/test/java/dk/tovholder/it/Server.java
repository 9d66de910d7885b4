package dk.tovholder.it;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The packaged Tovholder the build started for the integration tests (pom.xml,
 * execution it-start), with the demo network in an in-memory database. Waits
 * until it is ready the first time it is asked for.
 */
public final class Server {

    public static final String PASSWORD = "demo";
    private static final Duration BOOT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile boolean ready;

    private Server() {
    }

    public static String url() {
        String url = System.getProperty("tovholder.it.url", "http://localhost:18080/");
        awaitReady(url);
        return url;
    }

    public static URI uri(String path) {
        return URI.create(url() + (path.startsWith("/") ? path.substring(1) : path));
    }

    private static synchronized void awaitReady(String url) {
        if (ready) {
            return;
        }
        long deadline = System.nanoTime() + BOOT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Tovholder did not become ready at " + url + " within " + BOOT
                + "; see target/it-server.log.0");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String username) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A request as the demo user (null: anonymous). */
    public static HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (username != null) {
            request.header("Authorization", basic(username));
        }
        return request;
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request as a user with HTTP Basic, from the app's own origin, with a JSON body (or none). */
    public static HttpResponse<String> send(String username, String method, String path, String json) {
        HttpRequest.Builder request = request(path, username).header("Origin", url().replaceAll("/$", ""));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpResponse<String> get(String path, String username) {
        return send(request(path, username).GET().build());
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    /**
     * The SQL statements one GET of the path costs, as counted by the server
     * (diagnostics are on in the test configuration).
     */
    public static int statementsOf(String path, String username) {
        return sqlOf(path, username).size();
    }

    /** The SQL statements one GET of the path sends, in order, as the server recorded them. */
    public static List<String> sqlOf(String path, String username) {
        String probe = UUID.randomUUID().toString();
        HttpResponse<String> response = send(request(path, username).header("X-Tovholder-Probe", probe).GET().build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        // the server records the count after the response has gone (a filter's finally): a quick client can ask
        // before it is there (CalendarFeedsIT on CI, 4 December), so it asks again for up to five seconds
        HttpResponse<String> count = get("api/diagnostics/statements/" + probe, "admin");
        for (int attempt = 0; count.statusCode() == 404 && attempt < 50; attempt++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            count = get("api/diagnostics/statements/" + probe, "admin");
        }
        if (count.statusCode() != 200) {
            throw new AssertionError("no statement count for " + path + ": " + count.body());
        }
        return json(count).asJsonObject().getJsonArray("sql").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
