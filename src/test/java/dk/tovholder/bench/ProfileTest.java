package dk.tovholder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

    /** Where the recorded thread spends its time: JDK string work called from here. */
    static long spin(long until) {
        long n = 0;
        while (System.nanoTime() < until) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                text.append(i).append(',');
            }
            n += text.toString().hashCode();
        }
        return n;
    }

    @Test
    void aRecordingOfBusyCodeNamesItsMethodAndCountsTheJdksWorkForItsCaller(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            spin(System.nanoTime() + Duration.ofMillis(800).toNanos());
            recording.stop();
            recording.dump(file);
        }

        Profile profile = Profile.of(file, 10);

        assertTrue(profile.samples() >= 10, () -> "samples: " + profile.samples());
        assertEquals("bench.ProfileTest.spin", profile.appFrames().get(0).name(), profile.text("busy"));
        // StringBuilder and Integer are the JDK's: their samples count for the caller, Tovholder's test
        assertEquals("Tovholder", profile.layers().get(0).name(), profile.text("busy"));
        assertTrue(profile.appFrames().get(0).percentOf(profile.samples()) > 50, profile.text("busy"));
        assertTrue(profile.line(profile.layers(), 2).startsWith("Tovholder "), profile.line(profile.layers(), 2));
        assertTrue(Files.size(file) > 0);
        assertTrue(profile.appFrames().stream().noneMatch(e -> e.name().endsWith(".doFilter")));
    }

    @Test
    void layersAreNamedByTheFirstMatchingPackage() {
        assertEquals("H2", Profile.layerOf("org.h2.command.query.Select"));
        assertEquals("Jersey (REST)", Profile.layerOf("org.glassfish.jersey.server.ServerRuntime"));
        assertEquals("Payara", Profile.layerOf("org.glassfish.ejb.security.SecurityUtil"));
        assertEquals("JSF and PrimeFaces", Profile.layerOf("com.sun.faces.renderkit.html_basic.TextRenderer"));
        assertEquals("com.example", Profile.layerOf("com.example.Thing"));
    }

    @Test
    void theContainersProxiesAreNotTovholdersCode() {
        assertTrue(Profile.isApp("dk.tovholder.room.boundary.Bookings"));
        assertFalse(Profile.isApp("dk.tovholder.room.boundary.__EJB31_Generated__Bookings__Intf____Bean__"));
        assertFalse(Profile.isApp("dk.tovholder.room.boundary.Bookings$Proxy$_$$_WeldSubclass"));
        assertFalse(Profile.isApp("org.h2.Driver"));
    }
}
