package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classic script and SQL injection payloads, typed into the text fields of
 * agendas, minutes and bookings and into search and login: each is stored
 * exactly as typed, shown escaped on the page, and harms nothing.
 */
class InjectionIT {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String DROP = "'; DROP TABLE booking; --";
    private static final String ALWAYS = "' OR '1'='1";
    private static final List<String> PAYLOADS = List.of(SCRIPT, IMAGE, DROP, ALWAYS);

    private static String origin() {
        return Server.url().replaceAll("/$", "");
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        return Server.send(Server.request(path, "koordinator").header("Content-Type", "application/json")
                .header("Origin", origin()).method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void assertShownEscaped(String html, String payload) {
        assertFalse(html.contains(SCRIPT) || html.contains("<img src=x"), "a payload rendered as markup");
        if (payload.equals(SCRIPT)) {
            assertTrue(html.contains("&lt;script&gt;alert("), "shown as text");
        }
    }

    @Test
    void agendaAndMinutesTextIsStoredAsTypedAndShownAsText() {
        long meeting = OwnMeeting.schedule("Injektionsprøve");
        WebSession editor = WebSession.of("koordinator");
        for (String payload : PAYLOADS) {
            long version = Server.json(Server.get("api/meetings/" + meeting, "koordinator")).asJsonObject()
                    .getJsonNumber("version").longValue();
            HttpResponse<String> added = send("POST", "api/meetings/" + meeting + "/agenda/items?version=" + version,
                    Json.createObjectBuilder().add("title", payload).add("description", payload)
                            .add("presenter", payload).add("minutes", 5).add("type", "DISCUSSION").build().toString());
            assertEquals(201, added.statusCode(), added::body);
            JsonObject view = Server.json(added).asJsonObject();
            List<JsonObject> agenda = view.getJsonArray("agenda").getValuesAs(JsonObject.class);
            JsonObject item = agenda.get(agenda.size() - 1);
            assertEquals(payload, item.getString("title"), "stored exactly as typed");
            assertEquals(payload, item.getString("description"));
            assertEquals(payload, item.getString("presenter"));

            HttpResponse<String> notes = send("PUT", "api/meetings/" + meeting + "/agenda/items/"
                    + item.getJsonNumber("id").longValue() + "/notes?version=" + view.getJsonNumber("version"),
                    Json.createObjectBuilder().add("notes", payload).build().toString());
            assertEquals(200, notes.statusCode(), notes::body);
            String minutes = Server.get("api/meetings/" + meeting + "/minutes", "koordinator").body();
            assertTrue(Server.json(Server.get("api/meetings/" + meeting + "/minutes", "koordinator")).asJsonObject()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> payload.equals(i.getString("notes", null))), minutes);

            HttpResponse<String> page = editor.get("meeting/meeting.xhtml?id=" + meeting);
            assertEquals(200, page.statusCode());
            assertShownEscaped(page.body(), payload);
        }
    }

    @Test
    void aBookingsPurposeIsStoredAsTypedAndShownAsText() {
        long room = Server.json(Server.get("api/rooms", "koordinator")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("name").equals("Projektlokalet")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        LocalDate day = ServerDay.today().plusMonths(11)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        String[] starts = {"09:00", "11:00", "13:00", "15:00"};
        for (int i = 0; i < PAYLOADS.size(); i++) {
            HttpResponse<String> made = send("POST", "api/bookings", Json.createObjectBuilder().add("roomId", room)
                    .add("day", day.toString()).add("start", starts[i]).add("end", starts[i].replace(":00", ":45"))
                    .add("people", 2).add("purpose", PAYLOADS.get(i)).build().toString());
            assertEquals(201, made.statusCode(), made::body);
            assertEquals(PAYLOADS.get(i), Server.json(made).asJsonObject().getString("purpose"));
        }
        HttpResponse<String> page = WebSession.of("koordinator").get("room/bookings.xhtml");
        assertEquals(200, page.statusCode());
        assertShownEscaped(page.body(), SCRIPT);
        assertTrue(page.body().contains("&lt;script&gt;alert("), "the purpose is listed, as text");
        assertEquals(200, Server.get("api/rooms/" + room + "/bookings?from=" + day + "&to=" + day.plusDays(1),
                "koordinator").statusCode(), "the booking table is still there");
    }

    @Test
    void searchAndLoginTreatPayloadsAsPlainText() {
        for (String payload : PAYLOADS) {
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            HttpResponse<String> api = Server.get("api/search?q=" + q, "deltager");
            assertEquals(200, api.statusCode(), api::body);
            assertTrue(Server.json(api).asJsonArray().stream().allMatch(hit -> hit.toString().contains("xss")
                    || hit.toString().contains("DROP") || hit.toString().contains("1'='1")
                    || hit.toString().contains("onerror")), "only hits that contain the text itself: " + api.body());
            HttpResponse<String> page = WebSession.of("deltager").get("meeting/search.xhtml?q=" + q);
            assertEquals(200, page.statusCode());
            assertShownEscaped(page.body(), payload);
            HttpResponse<String> login = Server.send(HttpRequest.newBuilder(Server.uri("api/me"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin" + payload + ":" + payload).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Forwarded-For", "192.0.2." + (10 + PAYLOADS.indexOf(payload))).GET().build());
            assertEquals(401, login.statusCode(), "a wrong login, not an error");
        }
    }
}
