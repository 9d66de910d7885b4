package dk.tovholder.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Kill -9 while bookings, booking series and minutes are being written: after
 * a restart every write the server acknowledged is there, a series is all there
 * or not at all, and the app starts cleanly. Runs the packaged app on a file
 * database with the shipped database settings.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "its own server, port and database file: it runs beside the tests of the shared server")
class CrashIT {

    private static final int PORT = 18191;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final String[] SLOTS = {"09:00", "11:00", "13:00", "15:00", "17:00"};

    private ServerProcess server;

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return server.send("koordinator", method, path, json);
    }

    private JsonStructure get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, null);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).read();
    }

    private static String booking(long room, LocalDate day, String start, String repeatUntil) {
        var json = Json.createObjectBuilder().add("roomId", room).add("day", day.toString()).add("start", start)
                .add("end", start.replace(":00", ":45")).add("people", 4).add("purpose", "Belastningsprøve");
        if (repeatUntil != null) {
            json.add("repeat", "WEEKLY").add("until", repeatUntil);
        }
        return json.build().toString();
    }


    /** A series that was asked for: its first day and time, and whether the server said it was made. */
    private record Series(LocalDate first, String start, boolean acknowledged) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        Path dir = Path.of("target", "crash-" + System.currentTimeMillis());
        Map<String, String> settings = Map.of("tovholder.db.class", "org.h2.jdbcx.JdbcDataSource",
                "tovholder.db.url", ServerProcess.shippedDatabaseUrl(dir), "tovholder.db.user", "sa",
                "tovholder.db.password", "", "tovholder.demo-data", "true", "tovholder.mail.enabled", "false",
                "tovholder.backup.nightly", "false");
        server = ServerProcess.start(dir, PORT, settings);
        try {
            long room = ((JsonArray) get("api/rooms")).getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("name").equals("Projektlokalet")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            long group = ((JsonArray) get("api/groups")).getValuesAs(JsonObject.class).stream()
                    .filter(g -> g.getString("name").equals("Netværksgruppen i Søndermarkskvarteret")).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue();
            LocalDate today = LocalDate.now(COPENHAGEN);
            List<JsonObject> meetings = ((JsonArray) get("api/groups/" + group + "/meetings?from="
                    + today.plusMonths(2) + "&to=" + today.plusMonths(5))).getValuesAs(JsonObject.class);
            // two minutes writers, each on an agenda item of a meeting of its own
            long[] meetingIds = new long[2];
            long[] itemIds = new long[2];
            long[] versions = new long[2];
            for (int w = 0; w < 2; w++) {
                meetingIds[w] = meetings.get(w).getJsonNumber("id").longValue();
                long version = ((JsonObject) get("api/meetings/" + meetingIds[w])).getJsonNumber("version").longValue();
                HttpResponse<String> added = send("POST", "api/meetings/" + meetingIds[w] + "/agenda/items?version="
                        + version, "{\"title\":\"Referatprøve\",\"minutes\":5,\"type\":\"DISCUSSION\"}");
                assertEquals(201, added.statusCode(), added::body);
                JsonObject view = Json.createReader(new StringReader(added.body())).readObject();
                versions[w] = view.getJsonNumber("version").longValue();
                var agenda = view.getJsonArray("agenda").getValuesAs(JsonObject.class);
                itemIds[w] = agenda.get(agenda.size() - 1).getJsonNumber("id").longValue();
            }

            ConcurrentLinkedQueue<Long> acknowledgedBookings = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Series> series = new ConcurrentLinkedQueue<>();
            int[] lastAcknowledgedRound = {0, 0};
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger failures = new AtomicInteger();
            ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
            ExecutorService load = Executors.newFixedThreadPool(6);
            for (int t = 0; t < 3; t++) {
                int thread = t;
                load.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        LocalDate day = Weekdays.nth(today.plusDays(150 + thread * 40L), i / SLOTS.length);
                        try {
                            HttpResponse<String> made = send("POST", "api/bookings",
                                    booking(room, day, SLOTS[i % SLOTS.length], null));
                            if (made.statusCode() == 201) {
                                acknowledgedBookings.add(Json.createReader(new StringReader(made.body())).readObject()
                                        .getJsonNumber("id").longValue());
                            } else {
                                failures.incrementAndGet();
                                refusals.add(made.statusCode() + " " + made.body());
                            }
                        } catch (IOException killed) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            load.submit(() -> {
                LocalDate monday = today.plusDays(260).with(TemporalAdjusters.nextOrSame(
                        DayOfWeek.MONDAY));
                for (int i = 0; running.get() && i < 5 * SLOTS.length; i++) {
                    // a weekday of its own for each five series, eight weeks within the booking horizon (365 days)
                    LocalDate first = monday.plusDays(i / SLOTS.length);
                    String start = SLOTS[i % SLOTS.length];
                    Series asked = new Series(first, start, false);
                    series.add(asked);
                    try {
                        HttpResponse<String> made = send("POST", "api/bookings/series",
                                booking(room, first, start, first.plusWeeks(7).toString()));
                        if (made.statusCode() == 201) {
                            series.remove(asked);
                            series.add(new Series(first, start, true));
                        } else {
                            failures.incrementAndGet();
                            refusals.add("series " + made.statusCode() + " " + made.body());
                        }
                    } catch (IOException killed) {
                        return null;
                    }
                }
                return null;
            });
            for (int w = 0; w < 2; w++) {
                int writer = w;
                load.submit(() -> {
                    for (int round = 1; running.get(); round++) {
                        try {
                            HttpResponse<String> written = send("PUT", "api/meetings/" + meetingIds[writer]
                                    + "/agenda/items/" + itemIds[writer] + "/notes?version=" + versions[writer],
                                    "{\"notes\":\"Runde " + round + "\"}");
                            if (written.statusCode() != 200) {
                                failures.incrementAndGet();
                                refusals.add("notes " + written.statusCode() + " " + written.body());
                                return null;
                            }
                            versions[writer] = Json.createReader(new StringReader(written.body())).readObject()
                                    .getJsonNumber("version").longValue();
                            lastAcknowledgedRound[writer] = round;
                        } catch (IOException killed) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            // killed in the middle of the load, once it has written enough to check
            await("enough acknowledged writes under load").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(100)).until(() -> failures.get() > 0
                            || acknowledgedBookings.size() >= 10 && Math.min(lastAcknowledgedRound[0],
                                    lastAcknowledgedRound[1]) >= 5);
            server.kill();
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(1, TimeUnit.MINUTES));
            assertEquals(0, failures.get(), () -> "no write was refused while the server ran: " + refusals);
            assertTrue(acknowledgedBookings.size() >= 10, "enough load: " + acknowledgedBookings.size() + " bookings");
            assertTrue(lastAcknowledgedRound[0] >= 5 && lastAcknowledgedRound[1] >= 5, "enough minutes written");

            System.out.printf("CrashIT: killed after %d acknowledged bookings, %d series asked (%d acknowledged),"
                    + " minutes rounds %d and %d%n", acknowledgedBookings.size(), series.size(),
                    series.stream().filter(Series::acknowledged).count(), lastAcknowledgedRound[0],
                    lastAcknowledgedRound[1]);
            server = ServerProcess.start(dir, PORT, settings);
            for (long id : acknowledgedBookings) {
                HttpResponse<String> found = send("GET", "api/bookings/" + id, null);
                assertEquals(200, found.statusCode(), "acknowledged booking " + id + " is there");
            }
            for (Series asked : series) {
                List<JsonObject> booked = ((JsonArray) get("api/rooms/" + room + "/bookings?from="
                        + asked.first() + "&to=" + asked.first().plusWeeks(8))).getValuesAs(JsonObject.class);
                long atThatTime = booked.stream().map(b -> OffsetDateTime.parse(b.getString("start"))
                        .atZoneSameInstant(COPENHAGEN)).filter(start -> start.getDayOfWeek() == asked.first()
                                .getDayOfWeek() && start.toLocalTime().toString().equals(asked.start())).count();
                if (asked.acknowledged()) {
                    assertEquals(8, atThatTime, "an acknowledged series is all there: " + asked);
                } else {
                    assertTrue(atThatTime == 0 || atThatTime == 8, "a series is whole or absent: " + asked);
                }
            }
            for (int w = 0; w < 2; w++) {
                JsonObject minutes = (JsonObject) get("api/meetings/" + meetingIds[w] + "/minutes");
                long item = itemIds[w];
                String notes = minutes.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getJsonNumber("agendaItemId").longValue() == item).findFirst().orElseThrow()
                        .getString("notes");
                int acknowledged = lastAcknowledgedRound[w];
                assertTrue(notes.equals("Runde " + acknowledged) || notes.equals("Runde " + (acknowledged + 1)),
                        "the last acknowledged notes (or the one in flight) are there: " + notes + ", acknowledged "
                                + acknowledged);
            }
            String log = server.log();
            assertFalse(log.contains("SEVERE") || log.contains("Exception while loading"),
                    "the restart logged no errors; see " + dir);
        } finally {
            server.close();
        }
    }
}
