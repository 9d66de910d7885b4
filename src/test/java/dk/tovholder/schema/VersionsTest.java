package dk.tovholder.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tovholder.refusal.Conflict;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void anEditOnTheVersionReadPassesAnOlderOneIsRefusedWithReload() {
        assertDoesNotThrow(() -> Versions.check(3, 3L));
        assertDoesNotThrow(() -> Versions.check(3, null), "no version read: nothing to compare");
        Conflict stale = assertThrows(Conflict.class, () -> Versions.check(4, 3L));
        assertEquals("refusal.staleEdit", stale.messageKey());
        assertThrows(Conflict.class, () -> Versions.check(3, 4L), "a version from the future is no better");
    }
}
