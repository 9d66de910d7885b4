package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meetings and agendas through the API. */
class MeetingsApiIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    private static final String SAFETY_GROUP = "Tryghedsgruppen for unge";

    private static long groupId(String name) {
        return Server.json(Server.get("api/groups", "koordinator")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<JsonObject> meetingsOf(String group) {
        return Server.json(Server.get("api/groups/" + groupId(group) + "/meetings", "koordinator")).asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    /** Half a year of meetings (the browser tests use the first five of the network group). */
    private static List<JsonObject> halfAYearOf(String group) {
        LocalDate today = ServerDay.today();
        return Server.json(Server.get("api/groups/" + groupId(group) + "/meetings?from=" + today + "&to="
                + today.plusMonths(6), "koordinator")).asJsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject meeting(long id, String user) {
        return Server.json(Server.get("api/meetings/" + id, user)).asJsonObject();
    }

    private static HttpResponse<String> addItem(long meeting, long version, String user, String json) {
        return Server.send(Server.request("api/meetings/" + meeting + "/agenda/items?version=" + version, user)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void aGroupsMeetingsFollowItsRhythmAtNineOClockLocalTime() {
        List<JsonObject> meetings = meetingsOf(NETWORK_GROUP);
        assertTrue(meetings.size() >= 3, "three months of 4-weekly meetings");
        for (int i = 0; i < meetings.size(); i++) {
            OffsetDateTime start = OffsetDateTime.parse(meetings.get(i).getString("start"));
            assertEquals(9, start.getHour(), "09:00 in Copenhagen, winter or summer");
            assertEquals(Duration.ofHours(2), Duration.between(start, OffsetDateTime.parse(meetings.get(i).getString("end"))));
            if (i > 0) {
                assertEquals(start.toLocalDate(),
                        OffsetDateTime.parse(meetings.get(i - 1).getString("start")).toLocalDate().plusWeeks(4));
            }
        }
        assertEquals(meetings.size(), meetingsOf(NETWORK_GROUP).size(), "asking again creates no duplicates");
    }

    @Test
    void theCoordinatorBuildsTheAgendaAndStartTimesFollowTheDurations() {
        JsonObject m = halfAYearOf(NETWORK_GROUP).get(5);
        long id = m.getJsonNumber("id").longValue();
        long version = meeting(id, "koordinator").getJsonNumber("version").longValue();
        HttpResponse<String> first = addItem(id, version, "koordinator",
                "{\"title\":\"Velkommen\",\"type\":\"INFORMATION\",\"minutes\":10}");
        assertEquals(201, first.statusCode(), first::body);
        long next = Server.json(first).asJsonObject().getJsonNumber("version").longValue();
        HttpResponse<String> second = addItem(id, next, "koordinator",
                "{\"title\":\"Lektiecaféen <script>alert(1)</script>\",\"type\":\"DECISION\",\"minutes\":30,"
                        + "\"presenter\":\"Røde Kors\"}");
        assertEquals(201, second.statusCode(), second::body);
        List<JsonObject> agenda = Server.json(second).asJsonObject().getJsonArray("agenda").getValuesAs(JsonObject.class);
        OffsetDateTime start = OffsetDateTime.parse(m.getString("start"));
        assertEquals(start, OffsetDateTime.parse(agenda.get(0).getString("start")));
        assertEquals(start.plusMinutes(10), OffsetDateTime.parse(agenda.get(1).getString("start")),
                "the second item starts when the first ends");
        assertEquals("Lektiecaféen <script>alert(1)</script>", agenda.get(1).getString("title"), "stored literally");

        HttpResponse<String> stale = addItem(id, next, "koordinator", "{\"title\":\"Sent\",\"minutes\":5,\"type\":\"INFORMATION\"}");
        assertEquals(409, stale.statusCode(), "a change made on an old version is refused");
        assertEquals(2, meeting(id, "koordinator").getJsonArray("agenda").size(), "and nothing was added");
    }

    @Test
    void badItemsAreExplainedInTheCallersLanguageAndChangeNothing() {
        long id = meetingsOf(NETWORK_GROUP).get(1).getJsonNumber("id").longValue();
        JsonObject before = meeting(id, "koordinator");
        HttpResponse<String> bad = addItem(id, before.getJsonNumber("version").longValue(), "koordinator",
                "{\"title\":\"\",\"minutes\":-5,\"type\":\"DECISION\"}");
        assertEquals(400, bad.statusCode());
        String errors = Server.json(bad).asJsonObject().getJsonArray("errors").toString();
        assertTrue(errors.contains("Skal udfyldes.") && errors.contains("Skal være mindst 0."), errors);
        assertEquals(before.getJsonArray("agenda").size(), meeting(id, "koordinator").getJsonArray("agenda").size());
    }

    @Test
    void participantsCannotEditAndSeeTheAgendaOnlyOncePublished() {
        long id = meetingsOf(NETWORK_GROUP).get(1).getJsonNumber("id").longValue();
        JsonObject asCoordinator = meeting(id, "koordinator");
        HttpResponse<String> refused = addItem(id, asCoordinator.getJsonNumber("version").longValue(), "deltager",
                "{\"title\":\"Mit punkt\",\"minutes\":5,\"type\":\"INFORMATION\"}");
        assertEquals(403, refused.statusCode());
        JsonObject asParticipant = meeting(id, "deltager");
        assertFalse(asParticipant.getBoolean("agendaPublished"));
        assertFalse(asParticipant.containsKey("agenda"), "a draft agenda is not shown to participants");
    }

    @Test
    void theMeetingsOfAMembersOnlyGroupAreHiddenFromOthers() {
        long meeting = meetingsOf(SAFETY_GROUP).get(0).getJsonNumber("id").longValue();
        assertEquals(404, Server.get("api/meetings/" + meeting, "deltager").statusCode());
        assertEquals(404, Server.get("api/groups/" + groupId(SAFETY_GROUP) + "/meetings", "deltager").statusCode());
        assertEquals(200, Server.get("api/meetings/" + meeting, "koordinator").statusCode());
    }

    @Test
    void anAgendaPageCostsTheSameStatementsWithThreeItemsAsWithSixty() {
        // half a year: the default three months hold only two monthly meetings on some days (4 December: the
        // first Thursday of March falls on the window's end)
        List<JsonObject> meetings = halfAYearOf(SAFETY_GROUP);
        long small = meetings.get(1).getJsonNumber("id").longValue();
        long big = meetings.get(2).getJsonNumber("id").longValue();
        fill(small, 3);
        fill(big, 60);
        // each page once before counting: what a page reads the first time stays in the caches
        Server.statementsOf("meeting/meeting.xhtml?id=" + small, "koordinator");
        Server.statementsOf("meeting/meeting.xhtml?id=" + big, "koordinator");
        int three = Server.statementsOf("meeting/meeting.xhtml?id=" + small, "koordinator");
        int sixty = Server.statementsOf("meeting/meeting.xhtml?id=" + big, "koordinator");
        assertEquals(three, sixty, "statements for an agenda of 3 and of 60 items");
        // the minutes phase: a notes field, decisions and action items beside every item
        Server.statementsOf("meeting/meeting.xhtml?write=true&id=" + small, "koordinator");
        Server.statementsOf("meeting/meeting.xhtml?write=true&id=" + big, "koordinator");
        assertEquals(Server.statementsOf("meeting/meeting.xhtml?write=true&id=" + small, "koordinator"),
                Server.statementsOf("meeting/meeting.xhtml?write=true&id=" + big, "koordinator"),
                "statements of the minutes of 3 and of 60 items");
        assertEquals(Server.statementsOf("api/meetings/" + small, "koordinator"),
                Server.statementsOf("api/meetings/" + big, "koordinator"), "and through the API");
    }

    private static void fill(long meeting, int items) {
        long version = meeting(meeting, "koordinator").getJsonNumber("version").longValue();
        for (int i = 0; i < items; i++) {
            HttpResponse<String> added = addItem(meeting, version, "koordinator",
                    "{\"title\":\"Punkt " + i + "\",\"minutes\":1,\"type\":\"DISCUSSION\"}");
            assertEquals(201, added.statusCode(), added::body);
            version = Server.json(added).asJsonObject().getJsonNumber("version").longValue();
        }
    }

    @Test
    void draftMinutesAreForTheirWritersAndMyActionItemsAreMine() {
        long id = meetingsOf(NETWORK_GROUP).get(1).getJsonNumber("id").longValue();
        HttpResponse<String> draft = Server.get("api/meetings/" + id + "/minutes", "deltager");
        assertEquals(403, draft.statusCode(), "a participant reads the minutes once approved");
        JsonObject minutes = Server.json(Server.get("api/meetings/" + id + "/minutes", "koordinator")).asJsonObject();
        assertFalse(minutes.getBoolean("approved"));
        HttpResponse<String> mine = Server.get("api/me/action-items", "deltager");
        assertEquals(200, mine.statusCode());
        assertTrue(Server.json(mine).asJsonArray().getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getString("responsibleOrganisation").equals("Bydelsmødre")),
                "only my organisation's action items");
    }

    @Test
    void theAgendaIsAPdfInTheReadersLanguageForThoseWhoMayReadIt() throws Exception {
        long id = halfAYearOf(SAFETY_GROUP).get(4).getJsonNumber("id").longValue();
        long version = meeting(id, "koordinator").getJsonNumber("version").longValue();
        assertEquals(201, addItem(id, version, "koordinator",
                "{\"title\":\"Bekymringer i opgangene på Tartuvej\",\"minutes\":25,\"type\":\"DISCUSSION\"}").statusCode());
        HttpResponse<byte[]> pdf = Server.sendBytes(Server.request("api/meetings/" + id + "/pdf?lang=en", "koordinator")
                .GET().build());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Bekymringer i opgangene på Tartuvej"), text);
        assertTrue(text.contains("Agenda"), "headings in English: " + text);
        assertEquals(404, Server.get("api/meetings/" + id + "/pdf", "deltager").statusCode(),
                "a members-only group's agenda stays hidden");
    }

    @Test
    void searchNeedsTwoLettersAndFindsNoDrafts() {
        HttpResponse<String> tooShort = Server.get("api/search?q=a", "deltager");
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.body().contains("Skriv mindst 2 tegn."), tooShort::body);
        long id = halfAYearOf(SAFETY_GROUP).get(5).getJsonNumber("id").longValue();
        long version = meeting(id, "koordinator").getJsonNumber("version").longValue();
        assertEquals(201, addItem(id, version, "koordinator",
                "{\"title\":\"Hemmeligt udkast zyx\",\"minutes\":5,\"type\":\"INFORMATION\"}").statusCode());
        assertEquals(0, Server.json(Server.get("api/search?q=zyx", "koordinator")).asJsonArray().size(),
                "an unpublished agenda is not searched");
    }
}
