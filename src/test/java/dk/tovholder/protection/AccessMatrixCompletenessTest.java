package dk.tovholder.protection;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.AccessMatrix;
import dk.tovholder.it.AccessMatrixCoverage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix ({@code src/test/resources/security/access-matrix.tsv})
 * has a line for every page, every API endpoint, the calendar feeds and the
 * health check, and no line for something that no longer exists. A new page or
 * endpoint fails the build here until someone decides who may use it.
 */
class AccessMatrixCompletenessTest {

    @Test
    void everyPageAndEndpointHasADeclaredAnswerForEveryRole() {
        List<String> gaps = AccessMatrixCoverage.gaps(AccessMatrix.load());
        assertTrue(gaps.isEmpty(), () -> "The access matrix is out of date:\n  " + String.join("\n  ", gaps));
    }

    @Test
    void theCoverageFindsThePagesAndTheResourceMethods() {
        List<String> targets = AccessMatrixCoverage.targets().stream().map(Object::toString).toList();
        assertTrue(targets.contains("GET /network/group.xhtml"), targets::toString);
        assertTrue(targets.contains("DELETE /api/bookings/{id}"), targets::toString);
        assertTrue(targets.contains("GET /api/calendar/meetings/{id: [0-9]+}.ics"), targets::toString);
        assertTrue(targets.contains("GET /calendar/*"), targets::toString);
        assertTrue(targets.stream().noneMatch(t -> t.contains("WEB-INF")), targets::toString);
    }
}
