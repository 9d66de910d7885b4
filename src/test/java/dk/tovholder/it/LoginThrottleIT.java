package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down per account and per address, for the API
 * (429 problem) and the login page (a message), and the right password does
 * not get through while it is held up. Each test comes from addresses of its
 * own (X-Forwarded-For through the trusted local proxy), so it holds up no
 * other test.
 */
class LoginThrottleIT {

    private static HttpResponse<String> basic(String username, String password, String address) {
        return Server.send(HttpRequest.newBuilder(Server.uri("api/me")).header("X-Forwarded-For", address)
                .header("Accept-Language", "da")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    @Test
    void anAccountGuessedFiveTimesIsHeldUpFromEveryAddress() {
        String name = "gaet-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic(name, "forkert-" + i, "198.51.100." + (10 + i)).statusCode());
        }
        HttpResponse<String> held = basic(name, "forkert", "198.51.100.99");
        assertEquals(429, held.statusCode(), held.body());
        assertTrue(held.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(held.body().contains("For mange mislykkede loginforsøg"), held.body());
        int retryAfter = Integer.parseInt(held.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 800 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
        assertEquals(200, basic("deltager", Server.PASSWORD, "198.51.100.99").statusCode(),
                "another account from the same address is not held up");
    }

    @Test
    void anAddressThatFailsTenTimesIsHeldUpEvenWithTheRightPassword() {
        String address = "203.0.113." + (1 + (int) (System.nanoTime() % 200));
        for (int i = 0; i < 10; i++) {
            assertEquals(401, basic("ukendt-" + i + "-" + System.nanoTime(), "forkert", address).statusCode());
        }
        assertEquals(429, basic("deltager", Server.PASSWORD, address).statusCode());
        assertEquals(200, basic("deltager", Server.PASSWORD, "192.0.2.77").statusCode(),
                "the account itself is not held up from elsewhere");
    }

    @Test
    void theLoginPageSaysHowLongToWait() {
        String name = "side-" + System.nanoTime();
        HttpResponse<String> page = null;
        for (int i = 0; i < 6; i++) {
            page = loginForm(name, "forkert-kode", "198.51.100.200");
        }
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("For mange mislykkede loginforsøg. Vent 15 min., og prøv igen."),
                "the sixth try is held up with a message in Danish");
        assertTrue(!page.body().contains("Forkert brugernavn"), "and not the wrong-password message");
    }

    private static HttpResponse<String> loginForm(String username, String password, String address) {
        WebSession session = WebSession.anonymous();
        HttpResponse<String> form = session.get("login.xhtml");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(form.body());
        assertTrue(state.find());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1));
        WebSession.nonceOf(form.body()).ifPresent(nonce -> fields.put(JsfForm.NONCE, nonce));
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return session.send(HttpRequest.newBuilder(Server.uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .header("Origin", Server.url().replaceAll("/$", "")) // as every browser sends with a form's POST
                .header("Accept-Language", "da").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
