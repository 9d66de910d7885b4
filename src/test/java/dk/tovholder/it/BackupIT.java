package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The documented backup and restore: an administrator takes an online backup
 * while the app runs; after a restore (server stopped, the backup unzipped over
 * the data directory, server started) what was there at the backup is back and
 * what came later is not.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "its own server, port and database file: it runs beside the tests of the shared server")
class BackupIT {

    private static final int PORT = 18192;

    private static HttpResponse<String> send(ServerProcess server, String user, String method, String path,
            String json) throws IOException, InterruptedException {
        return server.send(user, method, path, json);
    }

    private static long book(ServerProcess server, long room, LocalDate day) throws Exception {
        HttpResponse<String> made = send(server, "koordinator", "POST", "api/bookings", Json.createObjectBuilder()
                .add("roomId", room).add("day", day.toString()).add("start", "10:00").add("end", "11:00")
                .add("people", 3).add("purpose", "Backupprøve").build().toString());
        assertEquals(201, made.statusCode(), made::body);
        return Json.createReader(new StringReader(made.body())).readObject().getJsonNumber("id").longValue();
    }

    /** What docs/operations.md says: unzip the backup over the data directory (unzip -o backup.zip -d data/). */
    private static void restore(Path backup, Path dataDir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = dataDir.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(dataDir));
                Files.copy((InputStream) zip, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void aRestoredBackupHasWhatWasThereAtTheBackupAndNothingLater() throws Exception {
        Path dir = Path.of("target", "backup-" + System.currentTimeMillis()).toAbsolutePath();
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        Map<String, String> settings = Map.of("tovholder.db.class", "org.h2.jdbcx.JdbcDataSource",
                "tovholder.db.url", ServerProcess.shippedDatabaseUrl(data), "tovholder.db.user", "sa",
                "tovholder.db.password", "", "tovholder.demo-data", "true", "tovholder.mail.enabled", "false",
                "tovholder.backup.dir", backups.toString());
        ServerProcess server = ServerProcess.start(dir, PORT, settings);
        long before;
        long after;
        String name;
        try {
            long room = Json.createReader(new StringReader(send(server, "koordinator", "GET", "api/rooms", null).body()))
                    .readArray().getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("name").equals("Projektlokalet")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            LocalDate day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(250);
            before = book(server, room, day);

            assertEquals(403, send(server, "deltager", "POST", "api/backups", null).statusCode(),
                    "only administrators take backups");
            HttpResponse<String> taken = send(server, "admin", "POST", "api/backups", null);
            assertEquals(201, taken.statusCode(), taken::body);
            JsonObject backup = Json.createReader(new StringReader(taken.body())).readObject();
            name = backup.getString("name");
            assertTrue(backup.getJsonNumber("bytes").longValue() > 10_000, taken.body());
            assertTrue(send(server, "admin", "GET", "api/backups", null).body().contains(name), "listed");

            after = book(server, room, day.plusDays(1));
            server.stop();
        } finally {
            server.close();
        }

        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        restore(backups.resolve(name), data);
        server = ServerProcess.start(dir, PORT, settings);
        try {
            assertEquals(200, send(server, "koordinator", "GET", "api/bookings/" + before, null).statusCode(),
                    "the booking made before the backup is back");
            assertEquals(404, send(server, "koordinator", "GET", "api/bookings/" + after, null).statusCode(),
                    "the one made after it is not");
        } finally {
            server.close();
        }
    }
}
