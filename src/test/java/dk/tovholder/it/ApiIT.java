package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON API over HTTP, as an API client sees it. */
class ApiIT {

    private static final int DEMO_ORGANISATIONS = 9;

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "content type of " + response.body());
        JsonObject problem = Server.json(response).asJsonObject();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), "no stack traces: " + response.body());
    }

    private static JsonObject organisationNamed(String name) {
        return Server.json(Server.get("api/organisations?q=" + name.replace(" ", "%20"), "koordinator"))
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anonymousCallersGetA401ProblemAndABasicChallenge() {
        HttpResponse<String> response = Server.get("api/organisations", null);
        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        HttpResponse<String> response = Server.send(Server.request("api/organisations", null)
                .header("Authorization", Server.basic("koordinator").replace("ZGVtbw==", "d3Jvbmc=")).GET().build());
        assertProblem(response, 401);
    }

    @Test
    void listsTheDemoNetworkWithItsTotal() {
        HttpResponse<String> response = Server.get("api/organisations?max=100", "deltager");
        assertEquals(200, response.statusCode(), response::body);
        JsonArray organisations = Server.json(response).asJsonArray();
        assertTrue(organisations.size() >= DEMO_ORGANISATIONS);
        assertEquals(String.valueOf(organisations.size()), response.headers().firstValue("X-Total-Count").orElseThrow());
        List<String> names = organisations.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
        assertTrue(names.containsAll(List.of("Bydelsmødre", "Røde Kors", "Apoteket Lille Bjørn")), names::toString);
    }

    @Test
    void searchesByTextAndType() {
        JsonArray found = Server.json(Server.get("api/organisations?q=lektiehj&type=VOLUNTARY_ORGANISATION",
                "deltager")).asJsonArray();
        assertEquals(1, found.size(), found::toString);
        assertEquals("Røde Kors", found.getJsonObject(0).getString("name"));
    }

    @Test
    void contactDetailsOnlyWithConsent() {
        JsonObject withConsent = organisationNamed("Røde Kors");
        assertEquals("roedekors@example.dk", withConsent.getJsonObject("contact").getString("email"));
        JsonObject withoutConsent = organisationNamed("Afdelingsbestyrelsen i Tartuhus");
        assertFalse(withoutConsent.containsKey("contact") && !withoutConsent.isNull("contact"),
                withoutConsent::toString);
        HttpResponse<String> single = Server.get("api/organisations/" + withoutConsent.getInt("id"), "deltager");
        assertFalse(single.body().contains("tartuhus@example.dk"), single::body);
        HttpResponse<String> asAdmin = Server.get("api/organisations/" + withoutConsent.getInt("id"), "admin");
        assertTrue(asAdmin.body().contains("tartuhus@example.dk"), "the administrator maintains the directory");
    }

    @Test
    void anUnknownOrganisationIsA404ProblemInTheCallersLanguage() {
        HttpResponse<String> danish = Server.get("api/organisations/987654", "deltager");
        assertProblem(danish, 404);
        assertEquals("/api/organisations/987654", Server.json(danish).asJsonObject().getString("instance"));
        assertTrue(Server.json(danish).asJsonObject().getString("detail").contains("987654"));
        HttpResponse<String> english = Server.send(Server.request("api/organisations/987654", "deltager")
                .header("Accept-Language", "en-GB,en;q=0.8").GET().build());
        assertProblem(english, 404);
        assertEquals("Not found", Server.json(english).asJsonObject().getString("title"));
    }

    @Test
    void invalidParametersAre400ProblemsNamingTheParameter() {
        HttpResponse<String> response = Server.get("api/organisations?max=0", "deltager");
        assertProblem(response, 400);
        assertTrue(Server.json(response).asJsonObject().getJsonArray("errors").toString().contains("max"),
                response::body);
        HttpResponse<String> badType = Server.get("api/organisations?type=NO_SUCH_TYPE", "deltager");
        assertProblem(badType, 400);
        assertTrue(badType.body().contains("type"), badType::body);
    }

    /** The form of an organisation as read, with one field changed (the API takes the whole profile). */
    private static String profile(JsonObject read, String field, String value) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("name", read.getString("name"))
                .add("type", read.getString("type"))
                .add("description", read.isNull("description") ? "" : read.getString("description"))
                .add("values", read.getJsonArray("values"))
                .add("wantsMoreCollaboration", read.getBoolean("wantsMoreCollaboration"));
        if (!read.isNull("contact")) {
            JsonObject contact = read.getJsonObject("contact");
            form.add("contactPerson", contact.isNull("person") ? "" : contact.getString("person"))
                    .add("contactEmail", contact.isNull("email") ? "" : contact.getString("email"));
        }
        return form.add(field, value).build().toString();
    }

    private static HttpResponse<String> putIfMatch(long id, String ifMatch, String json) {
        return Server.send(Server.request("api/organisations/" + id, "deltager")
                .header("Origin", Server.url().replaceAll("/$", "")).header("Content-Type", "application/json")
                .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void anOrganisationsOwnPersonEditsItsProfileAndAStaleOrBadEditChangesNothing() {
        long id = organisationNamed("Bydelsmødre").getInt("id");
        HttpResponse<String> read = Server.get("api/organisations/" + id, "deltager");
        JsonObject before = Server.json(read).asJsonObject();
        String etag = read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertEquals("\"" + before.getJsonNumber("version") + "\"", etag);

        String description = "Bydelsmødre mødes hver onsdag kl. " + (10 + System.nanoTime() % 8);
        HttpResponse<String> saved = putIfMatch(id, etag, profile(before, "description", description));
        assertEquals(200, saved.statusCode(), saved::body);
        assertEquals(description, Server.json(saved).asJsonObject().getString("description"));
        JsonObject after = Server.json(Server.get("api/organisations/" + id, "deltager")).asJsonObject();
        assertEquals(description, after.getString("description"), "stored");
        assertEquals(before.getString("name"), after.getString("name"));
        assertEquals(before.getJsonArray("values"), after.getJsonArray("values"));

        HttpResponse<String> stale = putIfMatch(id, etag, profile(before, "description", "Overskrevet"));
        assertProblem(stale, 412);
        HttpResponse<String> bad = putIfMatch(id, "\"" + after.getJsonNumber("version") + "\"",
                profile(after, "website", "ftp://bydelsmor.dk"));
        assertProblem(bad, 400);
        assertTrue(bad.body().contains("website"), "the problem names the field: " + bad.body());
        assertEquals(description, Server.json(Server.get("api/organisations/" + id, "deltager")).asJsonObject()
                .getString("description"), "neither refused edit was stored");

        HttpResponse<String> notTheirs = Server.send("deltager", "PUT", "api/organisations/"
                + organisationNamed("Røde Kors").getInt("id") + "?version=" + 0, profile(after, "name", "Røde Kors"));
        assertProblem(notTheirs, 403);
    }

    @Test
    void anAdministratorCreatesAnOrganisationWhoseNameIsFree() {
        String name = "Strikkecaféen " + System.nanoTime();
        String form = Json.createObjectBuilder().add("name", name).add("type", "RESIDENT_ASSOCIATION")
                .add("competences", "Strik og hækling").build().toString();
        assertProblem(Server.send("deltager", "POST", "api/organisations", form), 403);
        HttpResponse<String> created = Server.send("admin", "POST", "api/organisations", form);
        assertEquals(201, created.statusCode(), created::body);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject stored = Server.json(Server.get(location.substring(location.indexOf("api/")), "deltager"))
                .asJsonObject();
        assertEquals(name, stored.getString("name"));
        assertEquals("Strik og hækling", stored.getString("competences"));
        HttpResponse<String> again = Server.send("admin", "POST", "api/organisations", form);
        assertProblem(again, 409);
        assertEquals(1, Server.json(Server.get("api/organisations?q=" + name.replace(" ", "%20"), "admin"))
                .asJsonArray().size(), "one organisation of that name");
    }

    @Test
    void exportsTheDirectoryAsCsvForSpreadsheets() {
        HttpResponse<String> response = Server.get("api/organisations/export?lang=da", "deltager");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        String csv = response.body();
        assertTrue(csv.startsWith("\uFEFFNavn;Type;"), csv.substring(0, 40));
        assertTrue(csv.contains("Røde Kors") && csv.contains("roedekors@example.dk"));
        assertFalse(csv.contains("tartuhus@example.dk"), "no contact details without consent in the export");
    }

    @Test
    void theHealthCheckIsPublic() {
        HttpResponse<String> response = Server.get("health/ready", null);
        assertEquals(200, response.statusCode());
        assertEquals("UP", Server.json(response).asJsonObject().getString("status"));
        // the test server runs alone (--nocluster): it keeps EclipseLink's shared cache (cluster.control.ClusterCache)
        JsonObject cluster = Server.json(response).asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("name").equals("cluster")).findFirst().orElseThrow()
                .getJsonObject("data");
        assertEquals("false", cluster.getString("clustered"), cluster::toString);
        assertEquals("true", cluster.getString("runsScheduledJobs"), cluster::toString);
    }

    @Test
    void diagnosticsAreForAdministratorsOnly() {
        assertProblem(Server.get("api/diagnostics/statements/x", "deltager"), 403);
        assertProblem(Server.get("api/diagnostics/statements/never-probed", "admin"), 404);
    }

    @Test
    void theStatementsOfTheDirectoryDoNotGrowWithTheRowsShown() {
        int oneRow = Server.statementsOf("api/organisations?max=1", "deltager");
        int allRows = Server.statementsOf("api/organisations?max=100", "deltager");
        assertTrue(oneRow > 0, "the counter counts");
        assertEquals(oneRow, allRows, "API: statements for 1 row vs all rows");

        int onePageRow = Server.statementsOf("organisation/list.xhtml?type=BUSINESS", "deltager");
        int allPageRows = Server.statementsOf("organisation/list.xhtml", "deltager");
        assertEquals(onePageRow, allPageRows, "page: statements for 1 row vs all rows");
    }

    @Test
    void pagesCarrySecurityHeadersAndAHardenedSessionCookie() {
        HttpResponse<String> login = Server.get("login.xhtml", null);
        assertEquals(200, login.statusCode());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
        assertNotNull(login.headers().firstValue("Referrer-Policy").orElse(null));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(login.body().contains(";jsessionid="), "no session id in URLs");
        assertFalse(login.headers().firstValue("X-Powered-By").isPresent());
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        String form = "login=login&login%3Ausername=admin&login%3Apassword=demo&login%3Asubmit=x"
                + "&jakarta.faces.ViewState=stateless";
        HttpResponse<String> foreign = Server.send(Server.request("login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(403, foreign.statusCode());
        assertFalse(foreign.headers().firstValue("Set-Cookie").isPresent(), "no session was created");

        // the app's own page sends its CSP nonce back (PrimeFaces' script adds it to the form)
        String nonce = WebSession.nonceOf(Server.get("login.xhtml", null).body()).orElseThrow();
        HttpResponse<String> own = Server.send(Server.request("login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", Server.url().replaceAll("/$", "")).POST(HttpRequest.BodyPublishers.ofString(form
                        + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8)))
                .build());
        assertEquals(302, own.statusCode(), "the same form from the app itself logs in");
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLogin() {
        HttpResponse<String> response = Server.get("organisation/list.xhtml", null);
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void aParticipantMayNotOpenTheEditPageOfAnotherOrganisationNorTheAdministration() {
        int redCross = organisationNamed("Røde Kors").getInt("id");
        assertEquals(403, Server.get("organisation/edit.xhtml?id=" + redCross, "deltager").statusCode());
        assertEquals(403, Server.get("organisation/edit.xhtml", "deltager").statusCode(), "create is for admins");
        assertEquals(403, Server.get("admin/users.xhtml", "deltager").statusCode());
        assertEquals(403, Server.get("admin/users.xhtml", "koordinator").statusCode());
        assertEquals(200, Server.get("admin/users.xhtml", "admin").statusCode());
        int own = organisationNamed("Bydelsmødre").getInt("id");
        assertEquals(200, Server.get("organisation/edit.xhtml?id=" + own, "deltager").statusCode(),
                "a participant keeps the profile of their own organisation up to date");
    }
}
