package dk.tovholder.clock;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppClockTest {

    @Test
    void withoutAStartItIsTheSystemClockInCopenhagen() {
        Clock clock = AppClock.fromConfiguration(Optional.empty());
        assertEquals(AppClock.ZONE, clock.getZone());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 2);
        assertTrue(Duration.between(Instant.now(), AppClock.fromConfiguration(Optional.of(" ")).instant()).abs()
                .toSeconds() < 2, "a blank setting is no setting");
    }

    @Test
    void aStartSetsTheCopenhagenWallClockAndTimeRunsOnFromThere() {
        Clock clock = AppClock.fromConfiguration(Optional.of("2027-03-02T10:00"));
        LocalDateTime now = LocalDateTime.now(clock);
        assertEquals(LocalDate.of(2027, 3, 2), now.toLocalDate());
        assertEquals(10, now.getHour(), "Copenhagen time, not UTC: " + now);
        assertTrue(now.getMinute() == 0 && now.getSecond() < 2, now.toString());
        Instant first = clock.instant();
        await("the clock runs").atMost(Duration.ofSeconds(1)).until(() -> clock.instant().isAfter(first));
    }

    @Test
    void aBadStartStopsTheAppWithTheSettingNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AppClock.fromConfiguration(Optional.of("2. marts 2027")));
        assertTrue(e.getMessage().contains("tovholder.clock.start"), e.getMessage());
    }
}
