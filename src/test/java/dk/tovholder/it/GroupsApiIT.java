package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network groups API as a client sees it: visibility, the group, its rota. */
class GroupsApiIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    private static final String SAFETY_GROUP = "Tryghedsgruppen for unge";

    private static JsonObject summaryOf(String name, String user) {
        return Server.json(Server.get("api/groups", user)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed for " + user));
    }

    @Test
    void aParticipantSeesOpenGroupsButNotMembersOnlyOnesEvenByGuessingTheirId() {
        List<String> names = Server.json(Server.get("api/groups", "deltager")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(g -> g.getString("name")).toList();
        assertTrue(names.contains(NETWORK_GROUP), names::toString);
        assertFalse(names.contains(SAFETY_GROUP), "members-only groups are not listed for non-members");

        long hidden = summaryOf(SAFETY_GROUP, "koordinator").getJsonNumber("id").longValue();
        HttpResponse<String> guessed = Server.get("api/groups/" + hidden, "deltager");
        HttpResponse<String> missing = Server.get("api/groups/987654", "deltager");
        assertEquals(404, guessed.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(Server.json(missing).asJsonObject().getString("title"),
                Server.json(guessed).asJsonObject().getString("title"), "no hint that the hidden group exists");
        assertEquals(404, Server.get("api/groups/" + hidden + "/rotation", "deltager").statusCode());
        assertEquals(200, Server.get("api/groups/" + hidden, "admin").statusCode());
    }

    @Test
    void aGroupShowsItsMembersRhythmAndWhoHoldsTheDutyNowAndNext() {
        long id = summaryOf(NETWORK_GROUP, "deltager").getJsonNumber("id").longValue();
        JsonObject group = Server.json(Server.get("api/groups/" + id, "deltager")).asJsonObject();
        assertEquals("OPEN", group.getString("visibility"));
        assertEquals("WEEKLY", group.getJsonObject("cadence").getString("kind"));
        assertEquals("09:00", group.getJsonObject("cadence").getString("startTime"));
        assertEquals(4, group.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getBoolean("core")).count(), "four core organisations");
        String next = group.getString("nextMeeting");
        assertTrue(next.contains("T09:00") && (next.endsWith("+01:00") || next.endsWith("+02:00")),
                "09:00 Copenhagen time with its offset: " + next);
        assertFalse(group.getJsonObject("currentHolder").getString("holderName").isBlank());
        assertFalse(group.getJsonObject("nextHolder").getString("holderName").isBlank());
    }

    @Test
    void theRotationListsPastAndComingTurnsBetweenTwoDays() {
        long id = summaryOf(NETWORK_GROUP, "deltager").getJsonNumber("id").longValue();
        LocalDate today = ServerDay.today();
        JsonArray turns = Server.json(Server.get("api/groups/" + id + "/rotation?from=" + today.minusYears(1)
                + "&to=" + today.plusMonths(6), "deltager")).asJsonArray();
        assertTrue(turns.size() >= 18, "a year back and half a year ahead, every 4 weeks: " + turns.size());
        List<JsonObject> list = turns.getValuesAs(JsonObject.class);
        assertTrue(list.stream().anyMatch(t -> t.getBoolean("past")) && list.stream().anyMatch(t -> !t.getBoolean("past")));
        assertTrue(list.stream().allMatch(t -> !LocalDate.parse(t.getString("date")).isBefore(today.minusYears(1))
                && LocalDate.parse(t.getString("date")).isBefore(today.plusMonths(6))), "only turns in the window");
        for (int i = 1; i < list.size(); i++) {
            assertEquals(LocalDate.parse(list.get(i - 1).getString("date")).plusWeeks(4),
                    LocalDate.parse(list.get(i).getString("date")), "every fourth week");
        }
    }

    @Test
    void aMalformedDateIsA400ProblemNamingTheParameter() {
        long id = summaryOf(NETWORK_GROUP, "deltager").getJsonNumber("id").longValue();
        HttpResponse<String> response = Server.get("api/groups/" + id + "/rotation?from=31-12-2026", "deltager");
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains("from"), response::body);
    }

    @Test
    void theGroupPageCostsTheSameStatementsForASmallAndABigGroup() {
        long big = summaryOf(NETWORK_GROUP, "koordinator").getJsonNumber("id").longValue();
        long small = summaryOf(SAFETY_GROUP, "koordinator").getJsonNumber("id").longValue();
        Server.statementsOf("network/group.xhtml?id=" + big, "koordinator"); // warm
        Server.statementsOf("network/group.xhtml?id=" + small, "koordinator");
        int bigGroup = Server.statementsOf("network/group.xhtml?id=" + big, "koordinator");
        int smallGroup = Server.statementsOf("network/group.xhtml?id=" + small, "koordinator");
        assertEquals(smallGroup, bigGroup, "7 members, 5 participants and a year of swaps and skips cost no more "
                + "statements than 3 members and 2 participants");
    }
}
