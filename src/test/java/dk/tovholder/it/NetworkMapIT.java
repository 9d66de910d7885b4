package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The network map over the API against the deployed demo: the lines the
 * system knows by itself, Tartuhus and the pharmacy standing apart with
 * suggested partners, recording and removing a collaboration (seen on the map
 * at once), the picture as well-formed SVG and the lines as CSV.
 */
class NetworkMapIT {

    private static final String TARTUHUS = "Afdelingsbestyrelsen i Tartuhus";
    private static final String PHARMACY = "Apoteket Lille Bjørn";
    private static final String CENTRE = "Medborgercentret Norden Plads";
    private static final String FFB = "Frederiksberg Forenede Boligselskaber (FFB)";

    private static JsonObject map(String query) {
        HttpResponse<String> map = Server.get("api/network-map?" + query, "deltager");
        assertEquals(200, map.statusCode(), map::body);
        return Server.json(map).asJsonObject();
    }

    private static Map<String, JsonObject> nodes(JsonObject map) {
        return map.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(n -> n.getString("name"), n -> n));
    }

    private static long id(JsonObject map, String name) {
        return nodes(map).get(name).getJsonNumber("id").longValue();
    }

    private static boolean tie(JsonObject map, String a, String b, String kind, String origin) {
        long x = id(map, a);
        long y = id(map, b);
        return map.getJsonArray("ties").getValuesAs(JsonObject.class).stream().anyMatch(t ->
                (t.getJsonNumber("first").longValue() == Math.min(x, y)
                        && t.getJsonNumber("second").longValue() == Math.max(x, y))
                        && t.getString("kind").equals(kind) && t.getString("origin").equals(origin));
    }

    @Test
    void theMapKnowsSharedDutyLentRoomsAndAnsweredPostsAndMarksWhoStandsApart() {
        JsonObject map = map("");
        assertTrue(tie(map, CENTRE, FFB, "ROOM_LENDING", "ROOM_BOOKINGS"), "FFB holds its meetings in Store sal");
        assertTrue(tie(map, CENTRE, FFB, "NETWORK_GROUP", "NETWORK_GROUP"), "both hold the rope in the open group");
        assertTrue(tie(map, "MENY Domus Vista", "Bydelsmødre", "SPONSORSHIP", "EXCHANGE_POST"),
                "the neighbourhood mothers answered the supermarket's surplus goods");
        assertTrue(tie(map, TARTUHUS, FFB, "KNOWLEDGE_SHARING", "RECORDED"));

        JsonObject tartuhus = nodes(map).get(TARTUHUS);
        assertEquals(1, tartuhus.getInt("degree"));
        assertTrue(tartuhus.getBoolean("isolated") && tartuhus.getBoolean("wantsMore"));
        assertEquals(0, nodes(map).get(PHARMACY).getInt("degree"));
        assertTrue(nodes(map).get(CENTRE).getBoolean("core"));
        List<String> wanting = map.getJsonArray("wantingMore").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("name")).toList();
        assertEquals(List.of(PHARMACY, TARTUHUS), wanting, "fewest lines first");
        JsonObject pharmacy = map.getJsonArray("wantingMore").getJsonObject(0);
        List<String> partners = pharmacy.getJsonArray("suggestions").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("partner")).toList();
        assertTrue(partners.contains(TARTUHUS), () -> "the resident board knows the residents: " + partners);
        assertTrue(pharmacy.getJsonArray("suggestions").getJsonObject(0).getString("reason").endsWith("."));
        for (JsonObject node : map.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
            assertTrue(node.getJsonNumber("x").doubleValue() >= 0 && node.getJsonNumber("x").doubleValue() <= 1000);
        }
    }

    @Test
    void filtersByKindAndPeriodLeaveOtherLinesOut() {
        JsonObject rooms = map("kind=ROOM_LENDING");
        assertTrue(rooms.getJsonArray("ties").getValuesAs(JsonObject.class).stream()
                .allMatch(t -> t.getString("kind").equals("ROOM_LENDING")));
        assertTrue(tie(rooms, CENTRE, FFB, "ROOM_LENDING", "ROOM_BOOKINGS"));
        LocalDate today = ServerDay.today();
        JsonObject longAgo = map("kind=JOINT_PROJECT&to=" + today.minusYears(10));
        assertEquals(0, longAgo.getJsonArray("ties").size(), "nothing had begun ten years ago");
        HttpResponse<String> backwards = Server.get("api/network-map?from=" + today + "&to=" + today.minusDays(1),
                "deltager");
        assertEquals(400, backwards.statusCode());
        assertEquals(400, Server.get("api/network-map?kind=FRIENDSHIP", "deltager").statusCode());
    }

    @Test
    void aRecordedCollaborationIsOnTheMapAtOnceAndOnlyItsOrganisationsRemoveIt() {
        long uu = id(map(""), "Ungdommens Uddannelsesvejledning (UU)");
        long mothers = id(map(""), "Bydelsmødre");
        LocalDate since = ServerDay.today().minusMonths(2);
        String form = Json.createObjectBuilder().add("partnerId", uu).add("kind", "REFERRAL")
                .add("since", since.toString()).add("note", "Unge henvises til bydelsmødrenes fritidsjob").build()
                .toString();
        HttpResponse<String> recorded = Server.send("deltager", "POST", "api/collaborations", form);
        assertEquals(201, recorded.statusCode(), recorded::body);
        JsonObject collaboration = Server.json(recorded).asJsonObject();
        try {
            assertTrue(tie(map(""), "Bydelsmødre", "Ungdommens Uddannelsesvejledning (UU)", "REFERRAL", "RECORDED"));
            assertEquals(409, Server.send("deltager", "POST", "api/collaborations", form).statusCode(), "once per kind");

            String self = Json.createObjectBuilder().add("partnerId", mothers).add("kind", "REFERRAL")
                    .add("since", since.toString()).build().toString();
            assertEquals(400, Server.send("deltager", "POST", "api/collaborations", self).statusCode());
            String future = Json.createObjectBuilder().add("partnerId", uu).add("kind", "SPONSORSHIP")
                    .add("since", since.plusYears(1).toString()).build().toString();
            HttpResponse<String> notYet = Server.send("deltager", "POST", "api/collaborations", future);
            assertEquals(400, notYet.statusCode());
            assertTrue(notYet.body().contains("begyndt"), notYet.body());
            String derivedKind = Json.createObjectBuilder().add("partnerId", uu).add("kind", "NETWORK_GROUP")
                    .add("since", since.toString()).build().toString();
            assertEquals(400, Server.send("deltager", "POST", "api/collaborations", derivedKind).statusCode());

            String path = "api/collaborations/" + collaboration.getJsonNumber("id") + "?version="
                    + collaboration.getJsonNumber("version");
            assertEquals(403, Server.send("booker", "DELETE", path, null).statusCode(), "not the citizens' centre's");
        } finally {
            HttpResponse<String> removed = Server.send("deltager", "DELETE", "api/collaborations/"
                    + collaboration.getJsonNumber("id") + "?version=" + collaboration.getJsonNumber("version"), null);
            assertEquals(204, removed.statusCode(), removed::body);
        }
        assertFalse(tie(map(""), "Bydelsmødre", "Ungdommens Uddannelsesvejledning (UU)", "REFERRAL", "RECORDED"));
    }

    @Test
    void thePictureIsWellFormedSvgAndTheLinesACsvInTheAskedLanguage() throws Exception {
        HttpResponse<String> svg = Server.get("api/network-map/svg?lang=en", "deltager");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertTrue(svg.body().contains(TARTUHUS) && svg.body().contains("Room lending"));
        assertTrue(svg.body().contains("class=\"organisation isolated\""), "the isolated are marked");

        HttpResponse<String> csv = Server.get("api/network-map/edges.csv?lang=da", "deltager");
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFOrganisation;Samarbejdspartner;Slags;Kilde;Siden;Til;Om", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(TARTUHUS) && l.contains("Videndeling")
                && l.contains("Registreret")), lines::toString);
        assertTrue(lines.size() > 10);
    }

    @Test
    void theMapCostsAFixedNumberOfStatements() {
        Server.statementsOf("api/network-map", "deltager"); // gathered: from now on the minute's snapshot serves
        int json = Server.statementsOf("api/network-map", "deltager");
        int page = Server.statementsOf("collaboration/map.xhtml", "deltager");
        assertTrue(json <= 3, () -> "statements for the map's JSON: " + json);
        assertTrue(page <= 8, () -> "statements for the map page: " + page);
    }
}
