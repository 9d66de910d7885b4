package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The experience groups API as clients see it: progress for everyone, worksheets and report for the group. */
class ExperienceApiIT {

    private static final String DEMO_GROUP = "Erfaringsgruppen Tartuhus";

    private static long demoGroupId(String user) {
        return Server.json(Server.get("api/experience-groups", user)).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("name").equals(DEMO_GROUP)).findFirst()
                .orElseThrow(() -> new AssertionError(DEMO_GROUP + " not listed for " + user))
                .getJsonNumber("id").longValue();
    }

    private static boolean absent(JsonObject json, String member) {
        return !json.containsKey(member) || json.isNull(member);
    }

    @Test
    void everyoneSeesTheProgressButOnlyTheGroupSeesItsWorksheets() {
        long id = demoGroupId("deltager");
        JsonObject outside = Server.json(Server.get("api/experience-groups/" + id, "deltager")).asJsonObject();
        assertEquals(1, outside.getInt("stepsDone"), "step 1 of the demo is done");
        assertEquals("CONTRIBUTIONS", outside.getString("currentStep"));
        assertEquals("RUNNING", outside.getString("status"));
        assertTrue(absent(outside, "participants") && absent(outside, "steps"), "no worksheets for others: " + outside);
        assertEquals(403, Server.get("api/experience-groups/" + id + "/report", "deltager").statusCode());

        JsonObject inside = Server.json(Server.get("api/experience-groups/" + id, "varmemester")).asJsonObject();
        assertEquals(4, inside.getJsonArray("participants").size());
        JsonObject steps = inside.getJsonObject("steps");
        assertEquals(3, steps.getJsonArray("advice").size(), "the three selected pieces of advice");
        assertEquals(5, steps.getJsonArray("proposedAdvice").size());
        List<String> contributors = steps.getJsonArray("contributions").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name")).toList();
        assertTrue(contributors.contains("Karsten Møller"), contributors.toString());
        assertEquals(4, inside.getJsonObject("sessionMeetings").size(), "the four sessions are planned");
    }

    @Test
    void theFinalReportIsAPdfForTheGroup() {
        long id = demoGroupId("koordinator");
        HttpResponse<byte[]> pdf = Server.sendBytes(Server.request("api/experience-groups/" + id + "/report?lang=en",
                "koordinator").header("Accept", "application/pdf").build());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf.body(), 4));
        assertEquals(404, Server.get("api/experience-groups/987654", "koordinator").statusCode());
    }

    @Test
    void theSessionsHostIsNotListedAmongTheNetworkGroups() {
        List<String> names = Server.json(Server.get("api/groups", "varmemester")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(g -> g.getString("name")).toList();
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Erfaringsgruppe:")), names.toString());
    }
}
