package dk.tovholder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser: logs in through the login page
 * (a JSF form post) and keeps the session cookie, as a person's browser does.
 * Redirects are not followed, so that a test sees where it is sent.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    // HTTP/1.1 as a browser speaks to a plain-HTTP server: no "Upgrade: h2c" attempt on the first request
    private final HttpClient client;
    private final String username;
    /** The address the paths are relative to, ending in a slash. */
    private final String base;

    private WebSession(String username, HttpClient client, String base) {
        this.username = username;
        this.client = client;
        this.base = base;
    }

    private WebSession(String username, String base) {
        this(username, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build(), base);
    }

    /** A session nobody has logged in to. */
    public static WebSession anonymous() {
        return new WebSession(null, Server.url());
    }

    /** A session of the demo user, logged in through the login form. */
    public static WebSession of(String username) {
        return of(username, Server.url());
    }

    /** A session of the demo user, logged in through the login form of the server at the address. */
    public static WebSession of(String username, String base) {
        return of(username, Server.PASSWORD, base);
    }

    /** A session of the user with the password, logged in through the login form of the server at the address. */
    public static WebSession of(String username, String password, String base) {
        WebSession session = new WebSession(username, base);
        HttpResponse<String> page = session.get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("no login form: " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        nonceOf(page.body()).ifPresent(nonce -> form.put(JsfForm.NONCE, nonce));
        HttpResponse<String> after = session.post("login.xhtml", form);
        if (after.statusCode() != 302 || after.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new AssertionError("could not log in as " + username + ": " + after.statusCode());
        }
        return session;
    }

    /** The page's CSP nonce, which a postback sends back as PrimeFaces' script would. */
    public static Optional<String> nonceOf(String html) {
        Matcher nonce = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"").matcher(html);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }

    public String username() {
        return username;
    }

    /** The same browser (its cookies, so its session) sending to another server, e.g. a cluster's other node. */
    public WebSession at(String otherBase) {
        return new WebSession(username, client, otherBase);
    }

    private URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/json").GET().build());
    }

    /** A form post from the app's own page (same origin). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String origin = base.substring(0, base.length() - 1);
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException timedOut) {
                if (!request.method().equals("GET")) {
                    throw timedOut;
                }
                // a GET is safe to send again. Twice in some twenty suite runs one of ConcurrentSessionsIT's
                // 400 requests got no answer within 30 s while the server logged nothing and answered everything
                // else: the reused keep-alive connection is the suspect. Said aloud so that it is not lost.
                System.err.println("WebSession: no answer to GET " + request.uri() + " within 30 s; sent again");
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
