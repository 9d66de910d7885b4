package dk.tovholder.experience.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionStartTest {

    /** 13:00 in Copenhagen on the day summer time ends (CEST until 03:00, CET after). */
    private static final Instant START = Instant.parse("2026-10-25T12:00:00Z");

    @Test
    void aSessionHasBegunFromItsStartOn() {
        SessionStart session = new SessionStart(7L, START, false);
        assertFalse(session.hasBegun(START.minusSeconds(1)));
        assertTrue(session.hasBegun(START), "from the very start");
        assertTrue(session.hasBegun(START.plusSeconds(3600)));
        assertEquals("", session.why());
        assertEquals("25.10.2026 13:00", session.formattedStart(), "in Copenhagen time");
    }

    @Test
    void noSessionOrACancelledOneHasNeverBegun() {
        assertFalse(SessionStart.NONE.hasBegun(START));
        assertEquals(".noSession", SessionStart.NONE.why());
        assertEquals("", SessionStart.NONE.formattedStart());
        SessionStart cancelled = new SessionStart(7L, START, true);
        assertFalse(cancelled.hasBegun(START.plusSeconds(86_400)));
        assertEquals(".cancelled", cancelled.why());
        assertThrows(IllegalArgumentException.class, () -> new SessionStart(7L, null, false));
    }
}
