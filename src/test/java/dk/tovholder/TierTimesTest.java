package dk.tovholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TierTimesTest {

    @Test
    void eachTestClassBelongsToTheTierOfDocsArchitecture() {
        assertEquals("unit", TierTimes.tier("dk.tovholder.room.control.BookingRulesTest"));
        assertEquals("in-container", TierTimes.tier("dk.tovholder.container.RoomsIT"));
        assertEquals("HTTP", TierTimes.tier("dk.tovholder.it.ApiIT"));
        assertEquals("browser", TierTimes.tier("dk.tovholder.it.browser.MinutesBrowserIT"));
        assertEquals("reliability", TierTimes.tier("dk.tovholder.it.CrashIT"));
        assertEquals("benchmark smoke", TierTimes.tier("dk.tovholder.it.BenchmarkSmokeIT"));
        assertEquals("cluster", TierTimes.tier("dk.tovholder.it.cluster.ClusterIT"));
    }

    @Test
    void timesReadAsMinutesAndSeconds() {
        assertEquals("45 s", TierTimes.format(Duration.ofMillis(44_600)));
        assertEquals("6 min 12 s", TierTimes.format(Duration.ofSeconds(372)));
    }
}
