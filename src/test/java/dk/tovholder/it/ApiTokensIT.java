package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens and the cache of verified Basic credentials, as an API
 * client sees them. Each test makes its own user (through the administrator's
 * page), so the demo users other tests log in as are never touched.
 */
class ApiTokensIT {

    private static final String FIRST_PASSWORD = "Startkode-4711x";

    /** A user of this test's own, and their current password. */
    private record User(String name, String password) {

        String basic() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static User newUser() {
        String name = "tok" + UUID.randomUUID().toString().substring(0, 8);
        WebSession admin = WebSession.of("admin");
        HttpResponse<String> page = admin.get("admin/users.xhtml");
        Element organisation = Jsoup.parse(page.body()).select("select[name='newAccount:organisation'] option")
                .stream().filter(o -> !o.attr("value").isEmpty()).findFirst().orElseThrow();
        HttpResponse<String> created = JsfForm.of(page, "newAccount").set("newAccount:username", name)
                .set("newAccount:name", "Token Tester " + name).set("newAccount:password", FIRST_PASSWORD)
                .set("newAccount:organisation", organisation.attr("value")).submit(admin, "newAccount:create");
        assertEquals(302, created.statusCode(), () -> "account not created: " + created.body());
        return new User(name, FIRST_PASSWORD);
    }

    /**
     * Each test comes from an address of its own (X-Forwarded-For through the trusted local proxy, as in
     * LoginThrottleIT): the wrong passwords these tests send must not hold up the address other tests share.
     */
    private final String address = "198.51.100." + (1 + new Random().nextInt(254));

    private HttpResponse<String> send(String authorization, String method, String path, String json) {
        HttpRequest.Builder request = Server.request(path, null).header("Authorization", authorization)
                .header("X-Forwarded-For", address);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Server.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> me(String authorization) {
        return send(authorization, "GET", "api/me", null);
    }

    private JsonObject create(User user, String name) {
        HttpResponse<String> created = send(user.basic(), "POST", "api/me/tokens",
                Json.createObjectBuilder().add("name", name).build().toString());
        assertEquals(201, created.statusCode(), created::body);
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        return Server.json(created).asJsonObject();
    }

    private static String bearer(JsonObject issued) {
        return "Bearer " + issued.getString("secret");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response::body);
        JsonObject problem = Server.json(response).asJsonObject();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    @Test
    void aTokenActsAsItsOwnerAndTheListShowsItsLastUseButNeverItsSecret() {
        User user = newUser();
        JsonObject issued = create(user, "Regneark");
        String secret = issued.getString("secret");
        assertTrue(secret.startsWith("tvh_") && secret.length() >= 47, secret);

        HttpResponse<String> me = me(bearer(issued));
        assertEquals(200, me.statusCode(), me::body);
        assertEquals(user.name(), Server.json(me).asJsonObject().getString("username"));
        assertTrue(Server.json(me).asJsonObject().getJsonArray("roles").toString().contains("USER"));

        HttpResponse<String> list = send(user.basic(), "GET", "api/me/tokens", null);
        assertEquals(200, list.statusCode(), list::body);
        assertFalse(list.body().contains(secret), "the secret is shown once only");
        List<JsonObject> tokens = Server.json(list).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, tokens.size(), list::body);
        JsonObject token = tokens.get(0);
        assertEquals("Regneark", token.getString("name"));
        assertEquals(issued.getJsonNumber("id").longValue(), token.getJsonNumber("id").longValue());
        assertFalse(token.containsKey("secret"));
        assertFalse(token.isNull("lastUsedAt"), "used a moment ago: " + token);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        User user = newUser();
        JsonObject issued = create(user, "Integration");
        assertEquals(200, me(bearer(issued)).statusCode());
        assertEquals(200, me(bearer(issued)).statusCode(), "remembered now");

        HttpResponse<String> revoked = send(user.basic(), "DELETE", "api/me/tokens/" + issued.getInt("id"), null);
        assertEquals(204, revoked.statusCode(), revoked::body);

        HttpResponse<String> after = me(bearer(issued));
        assertProblem(after, 401);
        assertTrue(after.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("[]", send(user.basic(), "GET", "api/me/tokens", null).body().replaceAll("\\s", ""));
    }

    @Test
    void someoneElsesTokenCannotBeRevokedAndIsNotEvenSeen() {
        User user = newUser();
        JsonObject issued = create(user, "Mit system");
        HttpResponse<String> byOther = Server.send("deltager", "DELETE", "api/me/tokens/" + issued.getInt("id"), null);
        assertProblem(byOther, 404);
        assertFalse(Server.get("api/me/tokens", "deltager").body().contains("Mit system"));
        assertEquals(200, me(bearer(issued)).statusCode(), "still works");
    }

    @Test
    void unknownTokensAre401Problems() {
        assertProblem(me("Bearer tvh_" + "A".repeat(43)), 401);
        assertProblem(me("Bearer not-a-token"), 401);
        assertProblem(me("Bearer "), 401);
    }

    @Test
    void aTokenNeedsANameOfAtMost80CharactersThatTheOwnerHasNotUsed() {
        User user = newUser();
        assertProblem(send(user.basic(), "POST", "api/me/tokens", "{\"name\":\"  \"}"), 400);
        assertProblem(send(user.basic(), "POST", "api/me/tokens", "{}"), 400);
        assertProblem(send(user.basic(), "POST", "api/me/tokens",
                Json.createObjectBuilder().add("name", "x".repeat(81)).build().toString()), 400);
        create(user, "x".repeat(80));
        create(user, "Backup");
        HttpResponse<String> again = send(user.basic(), "POST", "api/me/tokens", "{\"name\":\"Backup\"}");
        assertProblem(again, 409);
        assertTrue(Server.json(again).asJsonObject().getString("detail").contains("Backup"), again::body);
        HttpResponse<String> deltagers = Server.send("deltager", "POST", "api/me/tokens",
                "{\"name\":\"Backup " + UUID.randomUUID() + "\"}");
        assertEquals(201, deltagers.statusCode(), "names are per person");
        assertEquals(204, Server.send("deltager", "DELETE", "api/me/tokens/"
                + Server.json(deltagers).asJsonObject().getInt("id"), null).statusCode(), "and gone again");
    }

    @Test
    void theOldPasswordStopsWorkingAtOnceWhenTheUserChangesIt() {
        User user = newUser();
        assertEquals(200, me(user.basic()).statusCode());
        assertEquals(200, me(user.basic()).statusCode(), "remembered now");

        WebSession session = WebSession.of(user.name(), user.password(), Server.url());
        HttpResponse<String> profile = session.get("account/profile.xhtml");
        String newPassword = "Nyere-kode-0815";
        HttpResponse<String> changed = JsfForm.of(profile, "password")
                .set("password:currentPassword", user.password()).set("password:newPassword", newPassword)
                .set("password:repeatPassword", newPassword).submit(session, "password:changePassword");
        assertEquals(302, changed.statusCode(), () -> "password not changed: " + changed.body());

        assertProblem(me(user.basic()), 401);
        assertEquals(200, me(new User(user.name(), newPassword).basic()).statusCode());
        assertEquals(200, session.get("account/profile.xhtml").statusCode(), "the user's own session goes on");
    }

    @Test
    void theOldPasswordStopsWorkingAtOnceWhenAnAdministratorResetsIt() {
        User user = newUser();
        JsonObject issued = create(user, "Stays");
        assertEquals(200, me(user.basic()).statusCode());
        assertEquals(200, me(user.basic()).statusCode(), "remembered now");

        WebSession admin = WebSession.of("admin");
        HttpResponse<String> page = admin.get("admin/users.xhtml");
        String accountId = Jsoup.parse(page.body()).select("select[name='reset:account'] option").stream()
                .filter(o -> o.text().equals(user.name())).findFirst().orElseThrow().attr("value");
        String newPassword = "Nulstillet-kode-42";
        HttpResponse<String> reset = JsfForm.of(page, "reset").set("reset:account", accountId)
                .set("reset:newPassword", newPassword).submit(admin, "reset:resetButton");
        assertEquals(302, reset.statusCode(), () -> "not reset: " + reset.body());

        assertProblem(me(user.basic()), 401);
        assertEquals(200, me(new User(user.name(), newPassword).basic()).statusCode());
        assertEquals(200, me(bearer(issued)).statusCode(), "a token is not the password: it stays");
    }

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterTheRightOne() {
        User user = newUser();
        assertEquals(200, me(user.basic()).statusCode());
        assertProblem(me(new User(user.name(), user.password() + "x").basic()), 401);
        assertProblem(me(new User(user.name(), user.password() + "x").basic()), 401);
        assertEquals(200, me(user.basic()).statusCode());
    }

    @Test
    void aPersonsTokensAreInTheirDataAndGoWhenThePersonIsErased() {
        User user = newUser();
        JsonObject issued = create(user, "Personlig");
        long person = Server.json(me(bearer(issued))).asJsonObject().getJsonNumber("personId").longValue();
        HttpResponse<String> export = Server.get("api/people/" + person + "/export", "admin");
        assertEquals(200, export.statusCode(), export::body);
        assertTrue(export.body().contains("\"Personlig\""), export::body);
        assertFalse(export.body().contains(issued.getString("secret")), "never the secret");

        HttpResponse<String> erased = Server.send("admin", "POST", "api/people/" + person + "/erase", null);
        assertTrue(erased.statusCode() / 100 == 2, erased::body);
        assertProblem(me(bearer(issued)), 401);
        assertFalse(Server.get("api/people/" + person + "/export", "admin").body().contains("\"name\":\"Personlig\""),
                "the token is gone with the person");
    }
}
