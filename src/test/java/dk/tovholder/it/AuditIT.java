package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit log: each change to an agenda, a booking and so on is recorded with
 * who made it, in the change's own transaction; a refused change records
 * nothing; a group's history is for its administrator, a room owner's for its
 * bookers, everything for administrators.
 */
class AuditIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    private static final String PROJECT_ROOM = "Projektlokalet";

    private static String origin() {
        return Server.url().replaceAll("/$", "");
    }

    private static long groupId() {
        return Server.json(Server.get("api/groups", "koordinator")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("name").equals(NETWORK_GROUP)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<JsonObject> audit(String query, String user) {
        HttpResponse<String> response = Server.get("api/audit" + query, user);
        assertEquals(200, response.statusCode(), response::body);
        return Server.json(response).asJsonArray().getValuesAs(JsonObject.class);
    }

    private static HttpResponse<String> post(String path, String user, String json) {
        return Server.send(Server.request(path, user).header("Content-Type", "application/json")
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void anAgendaChangeIsInTheGroupsHistoryWithWhoMadeItAndARefusedOneIsNot() {
        long group = groupId();
        long meeting = OwnMeeting.schedule("Revisionsmøde");
        long version = Server.json(Server.get("api/meetings/" + meeting, "koordinator")).asJsonObject()
                .getJsonNumber("version").longValue();

        HttpResponse<String> added = post("api/meetings/" + meeting + "/agenda/items?version=" + version,
                "koordinator", "{\"title\":\"Revision af samarbejdsaftalen\",\"minutes\":10,\"type\":\"DISCUSSION\"}");
        assertEquals(201, added.statusCode(), added::body);
        JsonObject latest = audit("?group=" + group, "koordinator").get(0);
        assertEquals("AGENDA_ITEM_ADDED", latest.getString("action"));
        assertEquals("MEETING", latest.getString("kind"));
        assertEquals(meeting, latest.getJsonNumber("subjectId").longValue());
        assertEquals("Mette Holm", latest.getString("actor"));
        long newest = latest.getJsonNumber("id").longValue();

        long now = Server.json(added).asJsonObject().getJsonNumber("version").longValue();
        HttpResponse<String> refused = post("api/meetings/" + meeting + "/agenda/items?version=" + now,
                "koordinator", "{\"title\":\"\",\"minutes\":10,\"type\":\"DISCUSSION\"}");
        assertEquals(400, refused.statusCode(), refused::body);
        assertEquals(newest, audit("?group=" + group, "koordinator").get(0).getJsonNumber("id").longValue(),
                "the refused change left no entry");

        assertTrue(audit("?kind=MEETING", "admin").stream()
                .anyMatch(e -> e.getJsonNumber("id").longValue() == newest), "the administrator reads it too");
        assertEquals(403, Server.get("api/audit?group=" + group, "deltager").statusCode(),
                "a participant does not read the group's history");
        assertEquals(403, Server.get("api/audit", "koordinator").statusCode(),
                "only administrators read everything");
    }

    @Test
    void aBookingIsInTheRoomOwnersHistoryForItsBookersOnly() {
        long room = Server.json(Server.get("api/rooms", "koordinator")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("name").equals(PROJECT_ROOM)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long owner = Server.json(Server.get("api/me", "koordinator")).asJsonObject().getJsonNumber("organisationId")
                .longValue();
        LocalDate day = ServerDay.today().plusMonths(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        HttpResponse<String> made = post("api/bookings", "koordinator", Json.createObjectBuilder().add("roomId", room)
                .add("day", day.toString()).add("start", "09:00").add("end", "10:00").add("people", 4)
                .add("purpose", "Planlægning af sommerfest").build().toString());
        assertEquals(201, made.statusCode(), made::body);
        long booking = Server.json(made).asJsonObject().getJsonNumber("id").longValue();

        JsonObject latest = audit("?organisation=" + owner + "&kind=BOOKING", "koordinator").get(0);
        assertEquals("BOOKING_CREATED", latest.getString("action"));
        assertEquals(booking, latest.getJsonNumber("subjectId").longValue());
        assertTrue(latest.getString("summary").startsWith(PROJECT_ROOM), latest.getString("summary"));
        assertEquals(403, Server.get("api/audit?organisation=" + owner, "booker").statusCode(),
                "another organisation's booker does not read the owner's history");
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        HttpResponse<String> response = Server.send(Server.request("api/audit?kind=MINUTES", "admin")
                .header("Accept-Language", "da").GET().build());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"kind\""), response.body());
        assertTrue(response.body().contains("Ukendt slags: MINUTES"), response.body());
    }

    @Test
    void theHistoryPageIsForTheGroupsAdministrator() {
        long group = groupId();
        HttpResponse<String> page = WebSession.of("koordinator").get("history.xhtml?group=" + group);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Historik: " + NETWORK_GROUP), "headed with the group's name");
        assertEquals(403, WebSession.of("deltager").get("history.xhtml?group=" + group).statusCode());
        assertEquals(200, WebSession.of("admin").get("history.xhtml").statusCode());
        assertEquals(403, WebSession.of("booker").get("history.xhtml").statusCode());
    }
}
