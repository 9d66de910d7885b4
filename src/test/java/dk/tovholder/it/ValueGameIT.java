package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The value game over the API: the meeting's coordinator starts, facilitates
 * and closes it; member organisations mark their own answer; answers are
 * refused for outsiders, for a stale version and after closing; a
 * members-only group's game stays in the group, on its page, the API and the
 * organisations' profiles. Each test plays in a meeting of its own.
 */
class ValueGameIT {

    private static long organisation(String name) {
        return Server.json(Server.get("api/organisations?max=200", "admin")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("name").equals(name)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static String answer(String own, String... values) {
        JsonArrayBuilder marked = Json.createArrayBuilder();
        for (String value : values) {
            marked.add(value);
        }
        var body = Json.createObjectBuilder().add("values", marked);
        if (own != null) {
            body.add("ownValue", own);
        }
        return body.build().toString();
    }

    private static long version(HttpResponse<String> response) {
        return Server.json(response).asJsonObject().getJsonNumber("version").longValue();
    }

    @Test
    void theCoordinatorRunsTheGameAndMembersMarkTheirOwnAnswer() {
        long meeting = OwnMeeting.schedule("Værdispil API " + UUID.randomUUID().toString().substring(0, 6));
        String game = "api/meetings/" + meeting + "/value-game";
        assertEquals(404, Server.get(game, "deltager").statusCode(), "not started yet");
        assertEquals(403, Server.send("deltager", "POST", game, null).statusCode(), "a participant does not start it");
        HttpResponse<String> started = Server.send("koordinator", "POST", game, null);
        assertEquals(201, started.statusCode(), started::body);
        assertEquals(409, Server.send("koordinator", "POST", game, null).statusCode(), "one game per meeting");
        long version = version(started);

        long mothers = organisation("Bydelsmødre");
        long centre = organisation("Medborgercentret Norden Plads");
        HttpResponse<String> own = Server.send("deltager", "PUT", game + "/answers/" + mothers + "?version=" + version,
                answer("Tillid i opgangene", "BROADER_TARGET_GROUP", "MORE_RESOURCES"));
        assertEquals(200, own.statusCode(), own::body);
        long afterOwn = version(own);
        assertTrue(afterOwn > version, "an answer changes the game's version");

        assertEquals(403, Server.send("deltager", "PUT", game + "/answers/" + centre + "?version=" + afterOwn,
                answer(null, "MORE_RESOURCES")).statusCode(), "only their own organisation");
        assertEquals(409, Server.send("booker", "PUT", game + "/answers/" + centre + "?version=" + version,
                answer(null, "MORE_RESOURCES")).statusCode(), "a stale version is refused, not merged");
        HttpResponse<String> empty = Server.send("booker", "PUT", game + "/answers/" + centre + "?version=" + afterOwn,
                answer(" "));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Markér mindst én værdi"), empty.body());
        assertEquals(400, Server.send("booker", "PUT", game + "/answers/" + centre + "?version=" + afterOwn,
                answer(null, "HAPPINESS")).statusCode(), "there are five values");
        long pharmacy = organisation("Apoteket Lille Bjørn");
        assertEquals(400, Server.send("koordinator", "PUT", game + "/answers/" + pharmacy + "?version=" + afterOwn,
                answer(null, "MORE_RESOURCES")).statusCode(), "the pharmacy is not a member of the group");

        HttpResponse<String> facilitated = Server.send("koordinator", "PUT", game + "/answers/" + centre + "?version="
                + afterOwn, answer(null, "COLLABORATION_BASIS", "MORE_RESOURCES"));
        assertEquals(200, facilitated.statusCode(), "the coordinator marks what the centre says");
        JsonObject result = Server.json(facilitated).asJsonObject();
        assertEquals(List.of("Bydelsmødre", "Medborgercentret Norden Plads"),
                result.getJsonObject("rays").getJsonArray("MORE_RESOURCES").getValuesAs(JsonString.class)
                        .stream().map(JsonString::getString).toList());
        assertEquals(0, result.getJsonObject("rays").getJsonArray("SOCIAL_RESPONSIBILITY").size());

        assertEquals(403, Server.send("deltager", "POST", game + "/close?version=" + version(facilitated), null)
                .statusCode());
        HttpResponse<String> closed = Server.send("koordinator", "POST", game + "/close?version=" + version(facilitated),
                null);
        assertEquals(200, closed.statusCode(), closed::body);
        assertFalse(Server.json(closed).asJsonObject().isNull("closedAt"));
        HttpResponse<String> late = Server.send("deltager", "PUT", game + "/answers/" + mothers + "?version="
                + version(closed), answer(null, "PROFESSIONAL_COMPETENCE"));
        assertEquals(409, late.statusCode(), "closed: part of the minutes");

        HttpResponse<byte[]> pdf = Server.sendBytes(Server.request("api/meetings/" + meeting + "/pdf?lang=da",
                "koordinator").GET().build());
        assertEquals(200, pdf.statusCode());
        StringBuilder text = new StringBuilder();
        try {
            PdfReader reader = new PdfReader(pdf.body());
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(text.toString().contains("Værdispil") && text.toString().contains("Tillid i opgangene"),
                () -> "the closed game is kept with the minutes: " + text);

        List<JsonObject> overTime = Server.json(Server.get("api/organisations/" + mothers + "/value-answers",
                "booker")).asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(overTime.stream().anyMatch(a -> a.getJsonNumber("meetingId").longValue() == meeting
                && "Tillid i opgangene".equals(a.getString("ownValue", null)) && a.getBoolean("closed")),
                overTime::toString);
    }

    @Test
    void aMembersOnlyGroupsGameStaysInTheGroup() {
        long safety = Server.json(Server.get("api/groups", "admin")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("name").equals("Tryghedsgruppen for unge")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> scheduled = Server.send("koordinator", "POST", "api/groups/" + safety + "/meetings",
                Json.createObjectBuilder().add("title", "Tryghedsværdier")
                        .add("day", ServerDay.today().plusMonths(9).toString())
                        .add("start", "10:00").add("minutes", 60).build().toString());
        assertEquals(201, scheduled.statusCode(), scheduled::body);
        long meeting = Server.json(scheduled).asJsonObject().getJsonNumber("id").longValue();
        String game = "api/meetings/" + meeting + "/value-game";
        long version = version(Server.send("koordinator", "POST", game, null));
        long ffb = organisation("Frederiksberg Forenede Boligselskaber (FFB)");
        String secret = "Fortroligt " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> answered = Server.send("varmemester", "PUT", game + "/answers/" + ffb + "?version=" + version,
                answer(secret, "SOCIAL_RESPONSIBILITY"));
        assertEquals(200, answered.statusCode(), "FFB's caretaker answers for FFB, a member: " + answered.body());

        assertEquals(404, Server.get(game, "deltager").statusCode(), "the group is hidden from outsiders");
        assertEquals(404, Server.get("meeting/values.xhtml?meeting=" + meeting, "deltager").statusCode());
        assertFalse(Server.get("api/organisations/" + ffb + "/value-answers", "deltager").body().contains(secret));
        assertFalse(Server.get("organisation/view.xhtml?id=" + ffb, "deltager").body().contains(secret),
                "not on FFB's profile either");
        assertTrue(Server.get("api/organisations/" + ffb + "/value-answers", "koordinator").body().contains(secret),
                "members see it");
    }
}
