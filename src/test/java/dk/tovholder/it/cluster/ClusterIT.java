package dk.tovholder.it.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.tovholder.it.JsfForm;
import dk.tovholder.it.Server;
import dk.tovholder.it.ServerProcess;
import dk.tovholder.it.WebSession;
import dk.tovholder.it.Weekdays;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes of the packaged WAR on one PostgreSQL database,
 * clustered by Payara's data grid over loopback (the cluster profile,
 * {@code mvn -Pcluster verify}; the database {@code tovholder_cluster} must
 * exist). What a user must not notice: which node answers, and that one died.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int PORT_A = 18281;
    private static final int PORT_B = 18282;
    private static final int GRID_A = 6911;
    private static final int GRID_B = 6912;
    private static final int SMTP = 3026;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final String DB_URL = System.getProperty("tovholder.cluster.db.url",
            "jdbc:postgresql://localhost:5432/tovholder_cluster");
    private static final String DB_USER = System.getProperty("tovholder.cluster.db.user", "tovholder");
    private static final String DB_PASSWORD = System.getProperty("tovholder.cluster.db.password", "tovholder");

    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP, null, ServerSetup.PROTOCOL_SMTP));
    private ServerProcess nodeA;
    private ServerProcess nodeB;
    /** Logged in on node A in the first test, used on node B afterwards. */
    private WebSession browser;

    @BeforeAll
    void startTwoNodes() throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists public cascade");
            sql.execute("create schema public");
        }
        smtp.start();
        Path dir = Path.of("target", "cluster-" + System.currentTimeMillis());
        Map<String, String> settings = new HashMap<>(Map.of(
                "tovholder.db.class", "org.postgresql.ds.PGSimpleDataSource",
                "tovholder.db.url", DB_URL, "tovholder.db.user", DB_USER, "tovholder.db.password", DB_PASSWORD,
                "tovholder.demo-data", "true", "tovholder.backup.nightly", "false",
                "tovholder.mail.host", "localhost", "tovholder.mail.port", String.valueOf(SMTP),
                "tovholder.mail.retry-seconds", "1"));
        settings.put("tovholder.mail.send-seconds", "1");
        // reminders every two seconds on both nodes, for the duties of the coming three months
        settings.put("tovholder.mail.reminder-seconds", "2");
        settings.put("tovholder.mail.duty-reminder-days", "90");
        String members = "tcpip:127.0.0.1:" + GRID_A + ",127.0.0.1:" + GRID_B;
        // one after the other: the first loads the demo network, the second finds it there
        nodeA = ServerProcess.start(dir, PORT_A, settings, node("node-a", GRID_A, members));
        nodeB = ServerProcess.start(dir, PORT_B, settings, node("node-b", GRID_B, members));
        awaitTrue(() -> members(nodeA) == 2 && members(nodeB) == 2, "both nodes see a grid of two");
    }

    private static List<String> node(String name, int gridPort, String members) {
        return List.of("--name", name, "--clustername", "tovholder-it", "--clustermode", members,
                "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1");
    }

    @AfterAll
    void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        smtp.stop();
    }

    @Test
    @Order(1)
    void exactlyOneNodeRunsTheScheduledJobs() {
        assertNotEquals(runsScheduledJobs(nodeA), runsScheduledJobs(nodeB),
                "one node of two runs the outbox and the reminders");
        assertTrue(runsScheduledJobs(nodeA), "the oldest member: the node started first");
        assertEquals("true", health(nodeA).getString("clustered"), "node A clusters: its shared cache is off");
        assertEquals("true", health(nodeB).getString("clustered"), "node B clusters: its shared cache is off");
    }

    @Test
    @Order(0)
    void wrongPasswordsCountOnEveryNodeSoTwoNodesAllowNoMoreGuessesThanOne() throws Exception {
        // five failures per account within the window (the default), spread over both nodes
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> guess = guess(i % 2 == 0 ? nodeA : nodeB, "booker", "gæt" + i);
            assertEquals(401, guess.statusCode(), () -> "guess " + guess.body());
        }
        for (ServerProcess node : List.of(nodeA, nodeB)) {
            HttpResponse<String> right = guess(node, "booker", Server.PASSWORD);
            assertEquals(429, right.statusCode(), () -> "even the right password waits, on either node: "
                    + right.body());
        }
    }

    @Test
    @Order(3)
    void aUserLoggedInOnOneNodeGoesOnOnTheOther() {
        browser = WebSession.of("koordinator", nodeA.uri("").toString());
        JsfForm language = JsfForm.of(browser.get("index.xhtml"), "languageForm");

        WebSession onB = browser.at(nodeB.uri("").toString());
        HttpResponse<String> me = onB.get("api/me");
        assertEquals(200, me.statusCode(), "the session begun on node A is known on node B: " + me.body());
        assertEquals("koordinator", json(me.body()).asJsonObject().getString("username"));
        // the page was made on node A; its form is sent to node B, whose JSF finds the view in the session
        HttpResponse<String> switched = language.submit(onB, "languageForm:lang-en");
        assertTrue(switched.statusCode() == 302 || switched.statusCode() == 303, () -> "the form was taken: "
                + switched.statusCode() + " " + switched.body());
        assertFalse(switched.headers().firstValue("Location").orElse("").contains("login"), "no new login");
        HttpResponse<String> page = onB.get("index.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"en\""), "node B kept the language chosen there");
    }

    @Test
    @Order(2)
    void everyPageIsServedByANodeOfTheCluster() {
        long group = id((JsonArray) get(nodeA, "api/groups"), "name", "Netværksgruppen i Søndermarkskvarteret");
        long room = id((JsonArray) get(nodeA, "api/rooms"), "name", "Projektlokalet");
        LocalDate today = LocalDate.now(COPENHAGEN);
        long meeting = ((JsonArray) get(nodeA, "api/groups/" + group + "/meetings?from=" + today + "&to="
                + today.plusMonths(4))).getValuesAs(JsonObject.class).get(0).getJsonNumber("id").longValue();
        WebSession admin = WebSession.of("admin", nodeA.uri("").toString());
        List<String> pages = List.of("index.xhtml", "account/profile.xhtml", "account/calendars.xhtml",
                "admin/outbox.xhtml", "admin/users.xhtml", "collaboration/map.xhtml", "exchange/posts.xhtml",
                "exchange/edit.xhtml", "experience/groups.xhtml", "history.xhtml", "meeting/actions.xhtml",
                "meeting/mine.xhtml", "meeting/search.xhtml", "network/duties.xhtml", "network/groups.xhtml",
                "network/edit.xhtml", "network/group.xhtml?id=" + group, "organisation/list.xhtml",
                "room/rooms.xhtml", "room/bookings.xhtml", "room/day.xhtml", "room/room.xhtml?id=" + room,
                "meeting/meeting.xhtml?id=" + meeting);
        WebSession sameBrowserOnB = admin.at(nodeB.uri("").toString());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            // one page on A, the next on B, with the session begun on A
            HttpResponse<String> shown = (i % 2 == 0 ? admin : sameBrowserOnB).get(page);
            assertEquals(200, shown.statusCode(), () -> page + ": " + shown.statusCode());
            assertFalse(shown.body().contains("login:password"), () -> page + " asked for a login again");
        }
    }

    @Test
    @Order(4)
    void theSameSlotBookedThroughBothNodesAtOnceIsBookedOnce() throws Exception {
        long room = id((JsonArray) get(nodeA, "api/rooms"), "name", "Projektlokalet");
        LocalDate today = LocalDate.now(COPENHAGEN);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 6; i++) {
                LocalDate day = Weekdays.nth(today.plusDays(200), i);
                String json = booking(room, day, "18:00", "19:30");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (ServerProcess node : List.of(nodeA, nodeB)) {
                    answers.add(both.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return node.send("koordinator", "POST", "api/bookings", json);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get(1, TimeUnit.MINUTES);
                    statuses.add(response.statusCode());
                    bodies.add(response.body());
                }
                statuses.sort(null);
                assertEquals(List.of(201, 409), statuses, () -> "one node books the slot on " + day
                        + ", the other says it is taken: " + bodies);
                assertEquals(1, confirmedBookings(room, day), "one booking in the database on " + day);
            }
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void minutesWrittenOnOneNodeAreReadOnTheOtherAtOnce() throws Exception {
        long group = id((JsonArray) get(nodeA, "api/groups"), "name", "Netværksgruppen i Søndermarkskvarteret");
        LocalDate today = LocalDate.now(COPENHAGEN);
        JsonObject meeting = ((JsonArray) get(nodeA, "api/groups/" + group + "/meetings?from=" + today.plusMonths(1)
                + "&to=" + today.plusMonths(4))).getValuesAs(JsonObject.class).get(0);
        long meetingId = meeting.getJsonNumber("id").longValue();
        long version = get(nodeB, "api/meetings/" + meetingId).asJsonObject().getJsonNumber("version").longValue();
        HttpResponse<String> added = nodeB.send("koordinator", "POST", "api/meetings/" + meetingId
                + "/agenda/items?version=" + version, "{\"title\":\"Klyngeprøve\",\"minutes\":5,\"type\":\"DISCUSSION\"}");
        assertEquals(201, added.statusCode(), added::body);
        JsonObject view = json(added.body()).asJsonObject();
        version = view.getJsonNumber("version").longValue();
        List<JsonObject> agenda = view.getJsonArray("agenda").getValuesAs(JsonObject.class);
        long item = agenda.get(agenda.size() - 1).getJsonNumber("id").longValue();
        // the agenda item made on B is on A's agenda at once
        assertTrue(get(nodeA, "api/meetings/" + meetingId).asJsonObject().getJsonArray("agenda")
                .getValuesAs(JsonObject.class).stream().anyMatch(i -> i.getJsonNumber("id").longValue() == item),
                "node A's agenda has the item node B added");

        for (int round = 1; round <= 6; round++) {
            ServerProcess writer = round % 2 == 1 ? nodeA : nodeB;
            ServerProcess reader = writer == nodeA ? nodeB : nodeA;
            HttpResponse<String> written = writer.send("koordinator", "PUT", "api/meetings/" + meetingId
                    + "/agenda/items/" + item + "/notes?version=" + version, "{\"notes\":\"Runde " + round + "\"}");
            assertEquals(200, written.statusCode(), () -> "round " + written.body());
            version = json(written.body()).asJsonObject().getJsonNumber("version").longValue();
            assertEquals("Runde " + round, notes(reader, meetingId, item), "the other node reads what was written");
            long readVersion = get(reader, "api/meetings/" + meetingId).asJsonObject().getJsonNumber("version")
                    .longValue();
            assertEquals(version, readVersion, "and the meeting's version, so its next edit is not refused");
        }
    }

    @Test
    @Order(6)
    void noReminderIsSentTwice() throws Exception {
        awaitTrue(() -> sent("DUTY_REMINDER") >= 1, "duty reminders are sent");
        // both nodes' reminder timers run every two seconds: no message twice while they run five times more
        await("no message reaches its recipient twice").during(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> Arrays.stream(smtp.getReceivedMessages()).map(ClusterIT::recipientSubjectAndText)
                        .toList(), messages -> messages.size() == messages.stream().distinct().count());
        awaitTrue(() -> sent("") == smtp.getReceivedMessages().length, "each message of the outbox is sent once");
    }

    @Test
    @Order(7)
    void whenANodeDiesTheOtherServesEverything() throws Exception {
        long room = id((JsonArray) get(nodeB, "api/rooms"), "name", "Projektlokalet");
        LocalDate day = Weekdays.nth(LocalDate.now(COPENHAGEN).plusDays(60), 0);
        nodeA.kill();

        WebSession onB = browser.at(nodeB.uri("").toString());
        HttpResponse<String> me = onB.get("api/me");
        assertEquals(200, me.statusCode(), "still logged in, on node B: " + me.body());
        HttpResponse<String> page = onB.get("room/rooms.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Projektlokalet"), "node B serves the pages");

        HttpResponse<String> booked = nodeB.send("koordinator", "POST", "api/bookings",
                booking(room, day, "13:00", "14:00"));
        assertEquals(201, booked.statusCode(), booked::body);
        JsonObject booking = json(booked.body()).asJsonObject();
        // node B takes over the scheduled jobs once the grid has let node A go
        awaitTrue(() -> members(nodeB) == 1 && runsScheduledJobs(nodeB), "node B runs the scheduled jobs");
        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> cancelled = nodeB.send("koordinator", "DELETE", "api/bookings/"
                + booking.getJsonNumber("id") + "?version=" + booking.getJsonNumber("version"), null);
        assertEquals(200, cancelled.statusCode(), cancelled::body);
        awaitTrue(() -> smtp.getReceivedMessages().length > before, "node B sends the outbox's new message");
    }

    // ---------------------------------------------------------------------------------------------

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
    }

    private static long confirmedBookings(long room, LocalDate day) throws SQLException {
        try (Connection db = database(); PreparedStatement sql = db.prepareStatement("select count(*) from booking"
                + " where room_id = ? and status = 'CONFIRMED' and starts_at >= ? and starts_at < ?")) {
            sql.setLong(1, room);
            sql.setObject(2, day.atStartOfDay(COPENHAGEN).toOffsetDateTime());
            sql.setObject(3, day.plusDays(1).atStartOfDay(COPENHAGEN).toOffsetDateTime());
            try (ResultSet count = sql.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    /** How many messages of the kind (or of any kind, for "") the outbox has sent. */
    private static long sent(String kind) {
        try (Connection db = database(); PreparedStatement sql = db.prepareStatement(
                "select count(*) from outbox_mail where status = 'SENT' and (? = '' or kind = ?)")) {
            sql.setString(1, kind);
            sql.setString(2, kind);
            try (ResultSet count = sql.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who got the message, its subject and its plain text: the same for a message sent twice. */
    private static String recipientSubjectAndText(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0)
                    .getContent()) : String.valueOf(content);
            return Arrays.toString(message.getAllRecipients()) + " " + message.getSubject() + " " + text;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String notes(ServerProcess node, long meeting, long item) {
        return get(node, "api/meetings/" + meeting + "/minutes").asJsonObject().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("agendaItemId").longValue() == item).findFirst().orElseThrow()
                .getString("notes");
    }

    private static JsonStructure get(ServerProcess node, String path) {
        try {
            HttpResponse<String> response = node.send("koordinator", "GET", path, null);
            assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
            return json(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> guess(ServerProcess node, String user, String password) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                node.uri("api/me")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    private static long id(JsonArray list, String field, String value) {
        return list.getValuesAs(JsonObject.class).stream().filter(o -> o.getString(field).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value)).getJsonNumber("id").longValue();
    }

    private static JsonObject health(ServerProcess node) {
        try {
            HttpResponse<String> response = node.send("koordinator", "GET", "health/ready", null);
            return json(response.body()).asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class)
                    .stream().filter(c -> c.getString("name").equals("cluster")).findFirst().orElseThrow()
                    .getJsonObject("data");
        } catch (IOException e) {
            return Json.createObjectBuilder().add("members", "0").add("runsScheduledJobs", "false").build(); // down
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // Payara writes a check's data as JSON strings ("2", "true") or as numbers and booleans
    private static String datum(ServerProcess node, String name) {
        JsonValue value = health(node).get(name);
        return value instanceof JsonString text ? text.getString() : String.valueOf(value);
    }

    private static int members(ServerProcess node) {
        return Integer.parseInt(datum(node, "members"));
    }

    private static boolean runsScheduledJobs(ServerProcess node) {
        return Boolean.parseBoolean(datum(node, "runsScheduledJobs"));
    }

    private static String booking(long room, LocalDate day, String start, String end) {
        return Json.createObjectBuilder().add("roomId", room).add("day", day.toString()).add("start", start)
                .add("end", end).add("people", 4).add("purpose", "Klyngeprøve").build().toString();
    }


    private static void awaitTrue(Callable<Boolean> condition, String what) {
        await(what).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(condition);
    }
}
