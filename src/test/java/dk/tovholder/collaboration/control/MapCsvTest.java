package dk.tovholder.collaboration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.organisation.entity.OrganisationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapCsvTest {

    private static final NetworkGraph GRAPH = NetworkGraph.of(List.of(
            new Actor(1, "<script>alert(1)</script> & \"Co\"\u0007", OrganisationType.BUSINESS, Set.of(), false, false,
                    null),
            new Actor(2, "Bydelsmødre", OrganisationType.VOLUNTARY_ORGANISATION, Set.of(), false, false, null),
            new Actor(3, "Alene", OrganisationType.OTHER_ACTOR, Set.of(), true, false, null)),
            List.of(new Tie(1, 2, CollaborationKind.SPONSORSHIP, Origin.RECORDED, LocalDate.of(2025, 1, 1), null,
                    "=HYPERLINK(\"x\")", 7L),
                    new Tie(2, 1, CollaborationKind.REFERRAL, Origin.EXCHANGE_POST, LocalDate.of(2025, 3, 1),
                            LocalDate.of(2025, 9, 1), null, null)));

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", MapCsv.inert("=HYPERLINK(\"http://x\")"));
        assertEquals("'+45 38 20 00 00", MapCsv.inert("+45 38 20 00 00"));
        assertEquals("'@SUM(A1)", MapCsv.inert("@SUM(A1)"));
        assertEquals("Røde Kors", MapCsv.inert("Røde Kors"));
        assertEquals("", MapCsv.inert(""));
    }

    @Test
    void theCsvRowsSayWhoWithWhomWhatSinceAndUntil() {
        List<List<String>> rows = MapCsv.rows(GRAPH, key -> key);
        assertEquals(2, rows.size());
        assertTrue(rows.contains(List.of("<script>alert(1)</script> & \"Co\"\u0007", "Bydelsmødre",
                "CollaborationKind.REFERRAL", "Origin.EXCHANGE_POST", "2025-03-01", "2025-09-01", "")));
    }
}
