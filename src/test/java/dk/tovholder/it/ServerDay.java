package dk.tovholder.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Properties;

/**
 * The day the test server's clock shows. The server's settings
 * ({@code src/test/config/tovholder-it*.properties}) start its clock at
 * {@code tovholder.clock.start}, a Friday at noon; it runs on from there, so
 * the date stays that day for the whole suite. Without settings
 * ({@code -Dtovholder.it.properties}) it is the real day.
 */
public final class ServerDay {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private static final LocalDateTime START = start();

    private ServerDay() {
    }

    /** Today on the server. */
    public static LocalDate today() {
        return START == null ? LocalDate.now(ZONE) : START.toLocalDate();
    }

    /**
     * How far the server's clock is ahead of the real one: shift a browser's
     * own clock by this, so that its "today" is the server's.
     */
    public static Duration offset() {
        return START == null ? Duration.ZERO : Duration.between(Instant.now(), START.atZone(ZONE).toInstant());
    }

    private static LocalDateTime start() {
        String file = System.getProperty("tovholder.it.properties");
        if (file == null) {
            return null;
        }
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the test server's settings " + file, e);
        }
        String start = settings.getProperty("tovholder.clock.start");
        return start == null || start.isBlank() ? null : LocalDateTime.parse(start.trim());
    }
}
