package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The experience groups API as clients see it: progress for everyone, worksheets and report for the group, and the
 * time rules of completing a step (409 problem+json before its session; an override reason records it anyway).
 */
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

    /** The page after a form's redirect. */
    private static HttpResponse<String> followed(WebSession web, HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), () -> "the form was not accepted: " + response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        return web.get(location.replaceFirst("^https?://[^/]+/", ""));
    }

    /**
     * A new group of three of the coordinator's, started, with its first session a week ahead and its worksheet of
     * step 1 complete (three pieces of advice chosen), set up through the pages as the facilitator would.
     */
    private static long groupReadyForStep1(WebSession web, String name) {
        HttpResponse<String> page = followed(web, JsfForm.of(web.get("experience/edit.xhtml"), "experience")
                .set("experience:name", name).set("experience:renovation", "Renovering af Søndermarken blok 2")
                .set("experience:socialEffort", "Helhedsplanen").submit(web, "experience:save"));
        long id = Long.parseLong(page.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        List<String> people = Jsoup.parse(page.body()).select("select[name='participants:person'] option").stream()
                .filter(o -> !o.val().isEmpty() && !o.text().startsWith("Mette Holm")
                        && !o.text().startsWith("Karsten Møller") && !o.text().startsWith("Amina Yusuf"))
                .map(Element::val).limit(3).toList();
        assertEquals(3, people.size());
        for (String person : people) {
            page = followed(web, JsfForm.of(page, "participants").set("participants:person", person)
                    .submit(web, "participants:addParticipant"));
        }
        page = followed(web, JsfForm.of(page, "participants").submit(web, "participants:start"));
        page = followed(web, JsfForm.of(page, "sessions").set("sessions:day", WEEK_AHEAD.toString())
                .set("sessions:start", "13:00").submit(web, "sessions:schedule"));
        for (String advice : List.of("Mød hinanden i gården", "Del telefonlisten", "Spis frokost sammen")) {
            page = followed(web, JsfForm.of(page, "advice").set("advice:text", advice).submit(web, "advice:propose"));
        }
        for (int i = 0; i < 3; i++) {
            Element select = Jsoup.parse(page.body()).select("form#advice li.advice:not(.advice-selected)"
                    + " button.select-advice").first();
            page = followed(web, JsfForm.of(page, "advice").submit(web, select.attr("name")));
        }
        assertTrue(page.body().contains("Valgte råd: 3/3"), "three chosen");
        return id;
    }

    private static final LocalDate WEEK_AHEAD = ServerDay.today().plusWeeks(1);

    @Test
    void aStepBeforeItsSessionIsAConflictUntilTheFacilitatorGivesAReasonWhichTheAuditLogKeeps() {
        String name = "Erfaringsgruppe API " + System.nanoTime();
        long id = groupReadyForStep1(WebSession.of("koordinator"), name);
        JsonObject group = Server.json(Server.get("api/experience-groups/" + id, "koordinator")).asJsonObject();
        long version = group.getJsonNumber("version").longValue();
        long session = group.getJsonObject("sessionMeetings").getJsonNumber("1").longValue();
        String complete = "api/experience-groups/" + id + "/steps/1/complete?version=" + version;

        HttpResponse<String> early = Server.send("koordinator", "POST", complete, null);
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                early.headers().toString());
        JsonObject problem = Server.json(early).asJsonObject();
        String day = WEEK_AHEAD.getDayOfMonth() + "." + WEEK_AHEAD.getMonthValue() + "." + WEEK_AHEAD.getYear();
        assertTrue(problem.getString("detail").contains("begynder " + day + " 13:00"), "from when: " + problem);
        assertTrue(problem.getBoolean("overridable"), problem.toString());
        assertEquals(session, problem.getJsonNumber("sessionMeetingId").longValue());
        assertEquals(1, problem.getInt("step"));
        assertEquals(0, Server.json(Server.get("api/experience-groups/" + id, "koordinator")).asJsonObject()
                .getInt("stepsDone"), "nothing recorded");
        assertEquals(403, Server.send("varmemester", "POST", complete + "&overrideReason=Vi%20var%20der", null)
                .statusCode(), "only the facilitator overrides");

        String reason = "Vi holdt mødet på byggepladsen en uge før";
        HttpResponse<String> anyway = Server.send("koordinator", "POST", complete + "&overrideReason="
                + URLEncoder.encode(reason, StandardCharsets.UTF_8), null);
        assertEquals(200, anyway.statusCode(), anyway.body());
        assertEquals(1, Server.json(anyway).asJsonObject().getInt("stepsDone"));
        JsonObject stored = Server.json(Server.get("api/experience-groups/" + id, "koordinator")).asJsonObject();
        assertEquals(1, stored.getInt("stepsDone"), "stored");
        assertEquals("CONTRIBUTIONS", stored.getString("currentStep"));

        List<JsonObject> overrides = Server.json(Server.get("api/audit?kind=MEETING", "admin")).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("action").equals("MEETING_TIME_RULE_OVERRIDDEN")
                        && l.getJsonNumber("subjectId").longValue() == session).toList();
        assertEquals(1, overrides.size(), overrides.toString());
        assertTrue(overrides.get(0).getString("summary").startsWith(name)
                && overrides.get(0).getString("summary").endsWith(" · " + reason), overrides.toString());
        assertEquals("Mette Holm", overrides.get(0).getString("actor"));

        // closing before the last session: 409 as well (step 4's session is not even scheduled)
        HttpResponse<String> close = Server.send("koordinator", "POST", "api/experience-groups/" + id
                + "/close?version=" + stored.getJsonNumber("version").longValue(), null);
        assertEquals(400, close.statusCode(), "the steps come first: " + close.body());
    }

    @Test
    void theSessionsHostIsNotListedAmongTheNetworkGroups() {
        List<String> names = Server.json(Server.get("api/groups", "varmemester")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(g -> g.getString("name")).toList();
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Erfaringsgruppe:")), names.toString());
    }
}
