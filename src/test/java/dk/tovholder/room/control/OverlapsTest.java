package dk.tovholder.room.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class OverlapsTest {

    @Test
    void theExclusionViolationDeepInTheCausesIsRecognised() {
        SQLException refused = new SQLException("conflicting key value violates exclusion constraint", "23P01");
        assertTrue(Overlaps.refusedBy(new PersistenceException(new RuntimeException("flush", refused))));
    }

    @Test
    void aBatchFailureNamesItInTheNextException() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08000");
        batch.setNextException(new SQLException("exclusion", "23P01"));
        assertTrue(Overlaps.refusedBy(new PersistenceException(batch)));
    }

    @Test
    void otherConstraintsAndFailuresAreNotOverlaps() {
        assertFalse(Overlaps.refusedBy(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(Overlaps.refusedBy(new PersistenceException("no SQL at all")));
        assertFalse(Overlaps.refusedBy(null));
    }
}
