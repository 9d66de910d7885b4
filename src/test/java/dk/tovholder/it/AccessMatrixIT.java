package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dk.tovholder.it.AccessMatrix.Expect;
import dk.tovholder.it.AccessMatrix.Row;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of the declared authorisation matrix
 * ({@code src/test/resources/security/access-matrix.tsv}) asked of the running
 * app: each page in a logged-in browser session, each API endpoint with HTTP
 * Basic, the calendar feeds and the health check without credentials. Each
 * cell is a test of its own, named like
 * {@code DELETE /api/bookings/{programmeBooking}?version=-1 as booker → DENY}.
 * Changes are sent with a stale version or an invalid body, so the allowed
 * roles get past authorisation without changing the demo data. The test adds
 * only things of its own: calendar subscriptions (one of them revoked by its
 * owner's cell) and a room request four months ahead.
 */
public class AccessMatrixIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @Test
    void theMatrixHasALineForEveryPageAndEndpoint() {
        List<String> gaps = AccessMatrixCoverage.gaps(AccessMatrix.load());
        assertTrue(gaps.isEmpty(), () -> "The access matrix is out of date:\n  " + String.join("\n  ", gaps));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheDeclaredAnswer() {
        AccessMatrix matrix = AccessMatrix.load();
        Fixture fixture = Fixture.shared();
        Map<String, WebSession> sessions = new HashMap<>();
        List<DynamicTest> cells = new ArrayList<>();
        for (Row row : matrix.rows()) {
            for (String role : matrix.roles()) {
                Expect expect = row.cells().get(role);
                String cell = row + " as " + role + " → " + expect;
                cells.add(dynamicTest(cell, () -> check(cell, row, role, expect, fixture, sessions)));
            }
        }
        return cells.stream();
    }

    /** Asks the app one cell; a failure names the cell (reports number dynamic tests), then what came back. */
    private static void check(String cell, Row row, String role, Expect expect, Fixture fixture,
            Map<String, WebSession> sessions) {
        String path = fixture.path(row.path());
        String user = AccessMatrix.ANONYMOUS.equals(role) ? null : role;
        HttpResponse<String> response;
        if (row.isPage() && user != null) {
            WebSession session = sessions.computeIfAbsent(user, WebSession::of);
            response = session.send(HttpRequest.newBuilder(Server.uri(path)).header("Accept", "text/html")
                    .method(row.method(), HttpRequest.BodyPublishers.noBody()).build());
        } else {
            HttpRequest.Builder request = Server.request(path, user);
            if (row.isPage()) {
                request.header("Accept", "text/html");
            }
            if (row.send() != null) {
                request.header("Content-Type", "application/json")
                        .method(row.method(), HttpRequest.BodyPublishers.ofString(fixture.body(row.send()),
                                StandardCharsets.UTF_8));
            } else {
                request.method(row.method(), HttpRequest.BodyPublishers.noBody());
            }
            response = Server.send(request.build());
        }
        String answer = "asked " + row.method() + " " + path + ", got " + response.statusCode() + " "
                + response.headers().firstValue("Location").map(l -> "→ " + l + " ").orElse("")
                + abbreviated(response.body());
        int status = response.statusCode();
        switch (expect) {
            case ALLOW -> assertTrue(status / 100 == 2, () -> cell + ": expected 2xx: " + answer);
            case SHOWN -> {
                assertTrue(status / 100 == 2, () -> cell + ": expected 2xx: " + answer);
                for (String secret : fixture.secrets(row.secret())) {
                    assertTrue(response.body().contains(secret),
                            () -> cell + ": expected '" + secret + "' in " + answer);
                }
            }
            case REDACTED -> {
                assertTrue(status / 100 == 2, () -> cell + ": expected 2xx: " + answer);
                for (String secret : fixture.secrets(row.secret())) {
                    assertTrue(!response.body().contains(secret),
                            () -> cell + ": LEAK: '" + secret + "' is in " + answer);
                }
            }
            case ALLOW_INVALID -> assertTrue(status == 400,
                    () -> cell + ": expected 400 (past authorisation): " + answer);
            case ALLOW_CONFLICT -> assertTrue(status == 409,
                    () -> cell + ": expected 409 (past authorisation): " + answer);
            case LOGIN -> {
                if (row.isPage()) {
                    assertTrue(status == 302 && response.headers().firstValue("Location").orElse("")
                            .endsWith("/login.xhtml"), () -> cell + ": expected 302 to /login.xhtml: " + answer);
                } else {
                    assertTrue(status == 401 && response.headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json"),
                            () -> cell + ": expected 401 problem+json: " + answer);
                }
            }
            case DENY -> assertTrue(status == 403, () -> cell + ": expected 403: " + answer);
            case HIDDEN -> assertTrue(status == 404, () -> cell + ": expected 404: " + answer);
            default -> throw new IllegalStateException(expect.name());
        }
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /**
     * The demo objects the matrix's placeholders stand for, found by name
     * through the API as admin (ids differ between databases), and the bodies
     * and texts the lines refer to.
     */
    public static final class Fixture {

        static final String CENTRE = "Medborgercentret Norden Plads";
        static final String FFB = "Frederiksberg Forenede Boligselskaber (FFB)";
        static final String TARTUHUS = "Afdelingsbestyrelsen i Tartuhus";
        static final String REQUEST_PURPOSE = "Adgangsmatrix: forespørgsel";

        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, String> bodies = new HashMap<>();
        private final Map<String, List<String>> secrets = new HashMap<>();

        private static Fixture shared;

        /** The fixture, resolved once per test run (it adds a room request and subscriptions of its own). */
        public static synchronized Fixture shared() {
            if (shared == null) {
                shared = resolve();
            }
            return shared;
        }

        private static Fixture resolve() {
            Fixture f = new Fixture();
            LocalDate today = ServerDay.today();
            f.ids.put("tomorrow", today.plusDays(1).toString());
            f.ids.put("yesterday", today.minusDays(1).toString());
            f.ids.put("missing", "987654321");

            Map<String, Long> organisations = byName(array("api/organisations?max=100"), "name");
            long centre = organisations.get(CENTRE);
            long ffb = organisations.get(FFB);
            f.ids.put("centre", String.valueOf(centre));
            f.ids.put("noConsentOrg", String.valueOf(organisations.get(TARTUHUS)));
            f.ids.put("deltagerOrg", String.valueOf(organisations.get("Bydelsmødre")));
            f.ids.put("deltagerPerson", String.valueOf(Server.json(Server.get("api/me", "deltager")).asJsonObject()
                    .getJsonNumber("personId").longValue()));

            Map<String, Long> groups = byName(array("api/groups"), "name");
            long open = groups.get("Netværksgruppen i Søndermarkskvarteret");
            long safety = groups.get("Tryghedsgruppen for unge");
            f.ids.put("openGroup", String.valueOf(open));
            f.ids.put("privateGroup", String.valueOf(safety));
            // the latest coming meetings with the holder wanted: the least likely to be touched by other tests
            // the open and private meetings' rows read the agenda's PDF and .ics: those need a draft; the duty
            // meetings' rows only edit (the rota shows a few turns, whose agendas other tests may have published)
            // the open and private meetings are one-offs of the fixture's own (no organisation holds their duty,
            // their agendas stay drafts whatever other tests publish): only the groups' administrator edits them
            f.ids.put("openMeeting", String.valueOf(oneOff(open, today)));
            f.ids.put("dutyMeeting", String.valueOf(dutyMeeting(open, centre, today)));
            f.ids.put("ffbMeeting", String.valueOf(dutyMeeting(open, ffb, today)));
            f.ids.put("privateMeeting", String.valueOf(oneOff(safety, today)));

            long experience = byName(array("api/experience-groups"), "name").get("Erfaringsgruppen Tartuhus");
            f.ids.put("experienceGroup", String.valueOf(experience));
            JsonObject sessions = Server.json(admin("api/experience-groups/" + experience)).asJsonObject()
                    .getJsonObject("sessionMeetings");
            f.ids.put("experienceSession", sessions.values().stream().map(v -> v.toString())
                    .max(Comparator.naturalOrder()).orElseThrow());

            Map<String, Long> rooms = byName(array("api/rooms"), "name");
            long hall = rooms.get("Store sal");
            f.ids.put("hall", String.valueOf(hall));
            String period = "?from=" + today.plusDays(1) + "&to=" + today.plusDays(60);
            f.ids.put("programmeBooking", String.valueOf(booking("api/rooms/" + rooms.get("Projektlokalet")
                    + "/bookings" + period, b -> b.getString("purpose", "").equals("Helhedsplanens teammøde"))));
            f.ids.put("hallBooking", String.valueOf(booking("api/rooms/" + hall + "/bookings" + period,
                    b -> b.getString("purpose", "").equals("Beboermøde i afdelingen"))));
            // a request of our own: the demo's requests are decided by other tests
            f.ids.put("hallRequest", String.valueOf(request(hall, today.plusDays(120)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)))));

            String deltagerFeed = feed("deltager").getString("url");
            f.ids.put("deltagerFeed", deltagerFeed.substring(deltagerFeed.lastIndexOf('/') + 1));
            f.ids.put("koordinatorFeed", String.valueOf(feed("koordinator").getJsonNumber("id").longValue()));
            f.ids.put("unknownFeed", "A".repeat(43) + ".ics");
            f.ids.put("koordinatorToken", String.valueOf(apiToken("koordinator")));
            String probe = UUID.randomUUID().toString();
            Server.send(Server.request("api/me", "admin").header("X-Tovholder-Probe", probe).GET().build());
            f.ids.put("probe", probe);

            String pastBooking = Json.createObjectBuilder().add("roomId", hall)
                    .add("day", today.minusDays(1).toString()).add("start", "10:00").add("end", "11:00")
                    .add("people", 1).add("purpose", "Adgangsmatrix").build().toString();
            f.bodies.put("pastBooking", pastBooking);
            f.bodies.put("pastSeries", Json.createObjectBuilder(Json.createReader(new StringReader(pastBooking))
                    .readObject()).add("repeat", "WEEKLY").add("until", today.minusDays(1).toString())
                    .add("skipConflicts", true).build().toString());
            f.bodies.put("takenRoomName", Json.createObjectBuilder().add("name", "Store sal")
                    .add("address", "Nordens Plads 1, Frederiksberg").build().toString());
            f.bodies.put("takenOrgName", Json.createObjectBuilder().add("name", "Røde Kors")
                    .add("type", "VOLUNTARY_ORGANISATION").build().toString());
            f.bodies.put("pastMeeting", Json.createObjectBuilder().add("title", "Adgangsmatrix")
                    .add("day", today.minusDays(1).toString()).add("start", "10:00").add("minutes", 60).build()
                    .toString());
            f.bodies.put("unnamedToken", Json.createObjectBuilder().add("name", " ").build().toString());
            f.bodies.put("notes", Json.createObjectBuilder().add("notes", "Adgangsmatrix").build().toString());
            f.bodies.put("override", Json.createObjectBuilder().add("overrideReason", "Adgangsmatrix").build().toString());
            f.bodies.put("correction", Json.createObjectBuilder().add("reason", "Adgangsmatrix").build().toString());
            f.bodies.put("agendaItem", Json.createObjectBuilder().add("title", "Adgangsmatrix")
                    .add("type", "INFORMATION").add("minutes", 5).build().toString());

            // the resource exchange: the demo's posts, and one of the fixture's own that it closes at once
            Map<String, Long> posts = byName(array("api/exchange/posts?all=true&max=200"), "title");
            f.ids.put("pharmacyPost", String.valueOf(posts.get("Fritidsjob til to unge")));
            f.ids.put("deltagerPost", String.valueOf(posts.get("Lokale til 30 personer om lørdagen")));
            f.ids.put("homeworkPost", String.valueOf(posts.get("Frivillige til lektiecaféen")));
            f.ids.put("closedPost", String.valueOf(closedPost(today)));
            f.bodies.put("post", postJson("Adgangsmatrix", today.plusDays(10)));
            f.bodies.put("invalidPost", postJson("", today.plusDays(10)));
            f.bodies.put("emptyAnswer", Json.createObjectBuilder().add("message", "").build().toString());
            f.ids.put("tartuhusCollaboration", String.valueOf(array("api/collaborations?organisation="
                    + organisations.get(TARTUHUS)).stream().filter(c -> c.getString("kind").equals("KNOWLEDGE_SHARING"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue()));
            f.bodies.put("invalidCollaboration", Json.createObjectBuilder().add("kind", "REFERRAL")
                    .add("since", today.minusDays(3).toString()).build().toString());
            // a value game in the members-only group's meeting, with an answer that must stay in the group
            f.ids.put("ffbOrg", String.valueOf(ffb));
            f.bodies.put("valueAnswer", Json.createObjectBuilder().add("values", Json.createArrayBuilder()
                    .add("MORE_RESOURCES")).build().toString());
            valueGame(Long.parseLong(f.ids.get("privateMeeting")), ffb);
            f.secrets.put("privateValues", List.of(PRIVATE_VALUE));
            f.secrets.put("pharmacyContact", List.of("lillebjorn@example.dk", "+45 38 20 00 00"));
            f.secrets.put("homeworkAnswer", List.of("Vi har to frivillige fra vores lektiehjælp"));

            f.secrets.put("safetyGroupName", List.of("Tryghedsgruppen"));
            f.secrets.put("tartuhusContact", List.of("tartuhus@example.dk", "+45 20 00 00 00"));
            f.secrets.put("worksheets", List.of("driller", "Kender bygningerne"));
            f.secrets.put("hallRequestPurpose", List.of(REQUEST_PURPOSE));
            f.secrets.put("draftAgenda", List.of("Prioritér forventningerne"));
            return f;
        }

        public String path(String template) {
            return "/" + stripSlash(fill(template, ids));
        }

        String body(String name) {
            return fill(name, bodies);
        }

        List<String> secrets(String name) {
            Matcher m = PLACEHOLDER.matcher(name);
            if (m.matches()) {
                return Optional.ofNullable(secrets.get(m.group(1)))
                        .orElseThrow(() -> new AssertionError("no secret " + name + " in AccessMatrixIT.Fixture"));
            }
            return List.of(name);
        }

        private static String fill(String template, Map<String, String> values) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new AssertionError("no placeholder " + m.group() + " in AccessMatrixIT.Fixture");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static String stripSlash(String path) {
            return path.startsWith("/") ? path.substring(1) : path;
        }

        private static HttpResponse<String> admin(String path) {
            HttpResponse<String> response = Server.get(path, "admin");
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " as admin answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        }

        private static List<JsonObject> array(String path) {
            return Server.json(admin(path)).asJsonArray().getValuesAs(JsonObject.class);
        }

        private static Map<String, Long> byName(List<JsonObject> list, String key) {
            Map<String, Long> ids = new HashMap<>();
            list.forEach(o -> ids.put(o.getString(key), o.getJsonNumber("id").longValue()));
            return ids;
        }

        /**
         * The latest coming meeting of the group whose duty the organisation holds (the series reaches half a
         * year ahead), not cancelled, with its agenda still a draft when {@code draft}; failing that (other
         * tests skip turns, publish agendas, cancel and move meetings), the latest past one it held.
         */
        private static long meetingHeldBy(long group, long organisation, LocalDate today, boolean draft) {
            LocalDate from = today.minusDays(180);
            LocalDate to = today.plusDays(365);
            Map<String, Long> holders = new HashMap<>();
            for (JsonObject turn : array("api/groups/" + group + "/rotation?from=" + from + "&to=" + to)) {
                if (!turn.isNull("holderId")) {
                    holders.put(turn.getString("date"), turn.getJsonNumber("holderId").longValue());
                }
            }
            List<JsonObject> held = array("api/groups/" + group + "/meetings?from=" + from + "&to=" + to).stream()
                    .filter(m -> Long.valueOf(organisation).equals(holders.get(m.getString("start").substring(0, 10))))
                    .filter(m -> !(draft && m.getBoolean("agendaPublished")))
                    .filter(m -> !m.getString("status").equals("CANCELLED")).toList();
            String soon = today.plusDays(7).toString();
            Comparator<JsonObject> byStart = Comparator.comparing(m -> m.getString("start"));
            return held.stream().filter(m -> m.getString("start").compareTo(soon) >= 0).max(byStart)
                    .or(() -> held.stream().filter(m -> m.getString("start").compareTo(today.toString()) < 0)
                            .max(byStart))
                    .map(m -> m.getJsonNumber("id").longValue())
                    .orElseThrow(() -> new AssertionError("no meeting of group " + group + " held by organisation "
                            + organisation + " between " + from + " and " + to + "; the rota's turns: " + holders));
        }

        private static String postJson(String title, LocalDate expiresOn) {
            return Json.createObjectBuilder().add("kind", "OFFER").add("category", "OTHER").add("title", title)
                    .add("expiresOn", expiresOn.toString()).build().toString();
        }

        static final String PRIVATE_VALUE = "Hemmelig tryghedsværdi";

        /** Starts the meeting's value game (as its group's administrator) and marks FFB's answer. */
        private static void valueGame(long meeting, long ffb) {
            HttpResponse<String> started = Server.send("koordinator", "POST", "api/meetings/" + meeting
                    + "/value-game", null);
            assertEquals(201, started.statusCode(), started::body);
            long version = Server.json(started).asJsonObject().getJsonNumber("version").longValue();
            String answer = Json.createObjectBuilder().add("values", Json.createArrayBuilder().add("MORE_RESOURCES"))
                    .add("ownValue", PRIVATE_VALUE).build().toString();
            HttpResponse<String> answered = Server.send("koordinator", "PUT", "api/meetings/" + meeting
                    + "/value-game/answers/" + ffb + "?version=" + version, answer);
            assertEquals(200, answered.statusCode(), answered::body);
        }

        /** A post of the programme's, closed at once: announcing it is refused after the permission checks. */
        private static long closedPost(LocalDate today) {
            HttpResponse<String> made = Server.send("koordinator", "POST", "api/exchange/posts",
                    postJson("Adgangsmatrixopslag", today.plusDays(5)));
            assertEquals(201, made.statusCode(), made::body);
            long id = Server.json(made).asJsonObject().getJsonNumber("id").longValue();
            long version = Server.json(made).asJsonObject().getJsonNumber("version").longValue();
            HttpResponse<String> closed = Server.send("koordinator", "POST", "api/exchange/posts/" + id
                    + "/close?version=" + version, null);
            assertEquals(200, closed.statusCode(), closed::body);
            return id;
        }

        /** A one-off meeting of the group eight months ahead, scheduled by its administrator. */
        private static long oneOff(long group, LocalDate today) {
            return oneOff(group, today.plusMonths(8), "Adgangsmatrixmøde");
        }

        private static long oneOff(long group, LocalDate day, String title) {
            String json = Json.createObjectBuilder().add("title", title).add("day", day.toString())
                    .add("start", "13:00").add("minutes", 60).build().toString();
            HttpResponse<String> made = Server.send(Server.request("api/groups/" + group + "/meetings", "koordinator")
                    .header("Content-Type", "application/json").header("Origin", Server.url().replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
            assertEquals(201, made.statusCode(), made::body);
            return Server.json(made).asJsonObject().getJsonNumber("id").longValue();
        }

        /**
         * A coming meeting whose duty the organisation holds. Tests that ran earlier may have skipped, moved or
         * cancelled its meetings in the series; then the fixture schedules a meeting of its own on one of the
         * organisation's coming turns (the rota makes the organisation its holder). No cell is ever skipped: an
         * organisation without a turn in the coming year fails the fixture, with the rota in the message.
         */
        private static long dutyMeeting(long group, long organisation, LocalDate today) {
            try {
                return meetingHeldBy(group, organisation, today, false);
            } catch (AssertionError none) {
                LocalDate soon = today.plusDays(7);
                List<LocalDate> turns = array("api/groups/" + group + "/rotation?from=" + soon + "&to="
                        + today.plusDays(365)).stream()
                        .filter(t -> !t.isNull("holderId") && t.getJsonNumber("holderId").longValue() == organisation)
                        .map(t -> LocalDate.parse(t.getString("date"))).toList();
                if (turns.isEmpty()) {
                    throw new AssertionError("organisation " + organisation + " holds no turn of group " + group
                            + " in the coming year: " + none.getMessage(), none);
                }
                long made = oneOff(group, turns.get(turns.size() - 1), "Adgangsmatrixmøde på organisationens tur");
                assertEquals(made, meetingHeldBy(group, organisation, today, false),
                        "the meeting on the organisation's turn is the latest it holds");
                return made;
            }
        }

        private static long booking(String path, Predicate<JsonObject> wanted) {
            return array(path).stream().filter(wanted).map(b -> b.getJsonNumber("id").longValue())
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new AssertionError("no such booking in " + path));
        }

        /** The programme's request for the room (which needs the owner's approval) on the day, 20-21. */
        private static long request(long room, LocalDate day) {
            String json = Json.createObjectBuilder().add("roomId", room).add("day", day.toString())
                    .add("start", "20:00").add("end", "21:00").add("people", 5).add("purpose", REQUEST_PURPOSE)
                    .build().toString();
            HttpResponse<String> made = Server.send(Server.request("api/bookings", "koordinator")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
            if (made.statusCode() != 201 || !Server.json(made).asJsonObject().getString("status").equals("PENDING")) {
                throw new AssertionError("no pending request for room " + room + ": " + made.statusCode() + " "
                        + made.body());
            }
            return Server.json(made).asJsonObject().getJsonNumber("id").longValue();
        }

        /** The user's calendar subscription of their own meetings and bookings (new, or the one they have: 200). */
        /** A personal API token of the user's, made for the matrix (a fresh name each run). */
        private static long apiToken(String user) {
            HttpResponse<String> created = Server.send(Server.request("api/me/tokens", user)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            Json.createObjectBuilder().add("name", "Adgangsmatrix " + UUID.randomUUID()).build()
                                    .toString())).build());
            if (created.statusCode() != 201) {
                throw new AssertionError("no API token for " + user + ": " + created.statusCode() + " " + created.body());
            }
            return Server.json(created).asJsonObject().getJsonNumber("id").longValue();
        }

        private static JsonObject feed(String user) {
            HttpResponse<String> created = Server.send(Server.request("api/calendar/feeds?kind=PERSON", user)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            if (created.statusCode() != 201 && created.statusCode() != 200) {
                throw new AssertionError("no feed for " + user + ": " + created.statusCode() + " " + created.body());
            }
            return Server.json(created).asJsonObject();
        }
    }
}
