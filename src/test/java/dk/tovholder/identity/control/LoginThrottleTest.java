package dk.tovholder.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

    private void later(int minutes) {
        now = now.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void anAccountMayFailUpToItsLimitThenWaitsUntilItsOldestFailureLeavesTheWindow() {
        throttle.failed("mette", "10.0.0.1");
        later(1);
        throttle.failed("mette", "10.0.0.2");
        assertEquals(Duration.ZERO, throttle.waitFor("mette", "10.0.0.3"));
        later(1);
        throttle.failed("mette", "10.0.0.3");
        assertEquals(Duration.ofMinutes(13), throttle.waitFor("mette", "10.0.0.4"), "whichever address it comes from");
        assertEquals(Duration.ZERO, throttle.waitFor("amina", "10.0.0.4"), "another account is not held up");
        later(13);
        assertEquals(Duration.ZERO, throttle.waitFor("mette", "10.0.0.4"), "one more try once the first failure expires");
        throttle.failed("mette", "10.0.0.4");
        assertEquals(Duration.ofMinutes(1), throttle.waitFor("mette", "10.0.0.4"));
    }

    @Test
    void aSuccessClearsTheAccountsFailuresButNotTheAddresss() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("mette", "10.0.0.1");
        }
        throttle.succeeded("mette");
        throttle.failed("mette", "10.0.0.1");
        throttle.failed("mette", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitFor("mette", "10.0.0.1"), "two failures since the success");
        throttle.failed("amina", "10.0.0.1");
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("jonas", "10.0.0.1"),
                "five failures from the address hold every account up from there");
        assertEquals(Duration.ZERO, throttle.waitFor("jonas", "10.0.0.9"));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        throttle.failed("mette", null);
        throttle.failed("mette", null);
        later(16);
        throttle.failed("mette", null);
        assertEquals(Duration.ZERO, throttle.waitFor("mette", null));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 5, Duration.ofMinutes(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(3, 5, Duration.ZERO, clock));
    }
}
