package dk.tovholder.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.identity.control.VerifiedCredentials.Verified;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private Instant now = Instant.parse("2027-03-05T11:00:00Z");
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
    private final VerifiedCredentials cache = new VerifiedCredentials(clock, Duration.ofMinutes(5), 3);

    private static Verified mette() {
        return new Verified("mette", Set.of("USER", "COORDINATOR"), null);
    }

    private void later(Duration duration) {
        now = now.plus(duration);
    }

    private void rememberMette(String password) {
        cache.rememberBasic("mette", password, mette(), cache.generation());
    }

    @Test
    void aVerifiedPasswordIsRememberedUntilItsTimeIsUp() {
        assertTrue(cache.basic("mette", "hemmelig-kode").isEmpty(), "nothing before it was verified");
        rememberMette("hemmelig-kode");
        later(Duration.ofMinutes(5).minusMillis(1));
        Verified found = cache.basic("mette", "hemmelig-kode").orElseThrow();
        assertEquals("mette", found.username());
        assertEquals(Set.of("USER", "COORDINATOR"), found.groups());
        later(Duration.ofMillis(1));
        assertTrue(cache.basic("mette", "hemmelig-kode").isEmpty(), "checked again after five minutes");
    }

    @Test
    void onlyTheSamePasswordOfTheSameUserHits() {
        rememberMette("hemmelig-kode");
        assertTrue(cache.basic("mette", "forkert-kode").isEmpty(), "a wrong password is not let through");
        assertTrue(cache.basic("mette", "hemmelig-kod").isEmpty());
        assertTrue(cache.basic("mett", "ehemmelig-kode").isEmpty(), "the name and the password are kept apart");
        assertTrue(cache.basic("jens", "hemmelig-kode").isEmpty());
        assertEquals(1, cache.size(), "a miss remembers nothing");
    }

    @Test
    void forgettingAUserDropsTheirPasswordsAndTokensButNoOneElses() {
        VerifiedCredentials cache = new VerifiedCredentials(clock, Duration.ofMinutes(5), 10);
        cache.rememberBasic("mette", "hemmelig-kode", mette(), cache.generation());
        cache.rememberBasic("mette", "gammel-kode-1", mette(), cache.generation());
        cache.rememberToken("abc", new Verified("mette", Set.of("USER"), 7L), cache.generation());
        cache.rememberBasic("jens", "jens-kode-123", new Verified("jens", Set.of("USER"), null), cache.generation());
        cache.forgetUser("mette");
        assertTrue(cache.basic("mette", "hemmelig-kode").isEmpty());
        assertTrue(cache.basic("mette", "gammel-kode-1").isEmpty());
        assertTrue(cache.token("abc").isEmpty());
        assertTrue(cache.basic("jens", "jens-kode-123").isPresent());
    }

    @Test
    void forgettingATokenDropsThatTokenOnly() {
        cache.rememberToken("abc", new Verified("mette", Set.of("USER"), 7L), cache.generation());
        cache.rememberToken("def", new Verified("mette", Set.of("USER"), 8L), cache.generation());
        rememberMette("hemmelig-kode");
        cache.forgetToken(7L);
        assertTrue(cache.token("abc").isEmpty());
        assertEquals(8L, cache.token("def").orElseThrow().tokenId());
        assertTrue(cache.basic("mette", "hemmelig-kode").isPresent());
    }

    @Test
    void aVerificationThatBeganBeforeAForgetIsNotRemembered() {
        long before = cache.generation();
        cache.forgetUser("mette"); // the password changed while the old one was being checked
        cache.rememberBasic("mette", "gammel-kode-1", mette(), before);
        assertTrue(cache.basic("mette", "gammel-kode-1").isEmpty());
    }

    @Test
    void whenFullNothingNewIsRememberedUntilEntriesExpire() {
        for (int i = 0; i < 3; i++) {
            rememberMette("kode-nummer-" + i);
        }
        rememberMette("kode-nummer-3");
        assertEquals(3, cache.size());
        assertTrue(cache.basic("mette", "kode-nummer-3").isEmpty());
        later(Duration.ofMinutes(6));
        rememberMette("kode-nummer-3");
        assertEquals(1, cache.size(), "the expired ones were swept");
        assertTrue(cache.basic("mette", "kode-nummer-3").isPresent());
    }

    @Test
    void aTimeOfZeroTurnsItOff() {
        VerifiedCredentials off = new VerifiedCredentials(clock, Duration.ZERO, 10);
        off.rememberBasic("mette", "hemmelig-kode", mette(), off.generation());
        assertFalse(off.isOn());
        assertTrue(off.basic("mette", "hemmelig-kode").isEmpty());
        assertEquals(0, off.size());
    }

    @Test
    void aTokensLastUseIsWrittenAtMostOnceAMinute() {
        TokenUse use = new TokenUse(clock, Duration.ofMinutes(1));
        assertEquals(now, use.due(7L, null), "never used: written now");
        later(Duration.ofSeconds(59));
        assertNull(use.due(7L, null));
        later(Duration.ofSeconds(1));
        assertEquals(now, use.due(7L, null));
        assertNull(use.due(8L, now.minusSeconds(10)), "another node wrote it ten seconds ago");
        assertEquals(now, use.due(9L, now.minusSeconds(61)));
    }
}
