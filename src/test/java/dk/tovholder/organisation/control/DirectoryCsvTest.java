package dk.tovholder.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.ContactDetails;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DirectoryCsvTest {

    private static final Caller PARTICIPANT = new Caller("deltager", 1L, 99L, Set.of(Role.USER));

    private static Organisation organisation(String name, boolean consent) {
        Organisation o = new Organisation(name, OrganisationType.VOLUNTARY_ORGANISATION);
        o.describe(name, OrganisationType.VOLUNTARY_ORGANISATION, "Lektiecafé; hver tirsdag \"kl. 15\"", null, null);
        o.reachAt(new ContactDetails(null, null, name.toLowerCase(Locale.ROOT) + "@example.dk"));
        o.recordConsent(consent);
        o.holdValues(Set.of(CollaborationValue.values()[0]));
        return o;
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        assertEquals('\uFEFF', csv.charAt(0), "a byte order mark lets Excel read the Danish letters");
        return CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.substring(1))).getRecords();
    }

    @Test
    void writesOneRowPerOrganisationWithHeadersInTheReadersLanguage() throws Exception {
        StringWriter out = new StringWriter();
        DirectoryCsv.write(List.of(organisation("Ungdomsklubben", true)), PARTICIPANT, Locale.ENGLISH, out);
        List<CSVRecord> rows = parse(out.toString());
        assertEquals(1, rows.size());
        assertEquals("Ungdomsklubben", rows.get(0).get("Name"));
        assertEquals("Lektiecafé; hver tirsdag \"kl. 15\"", rows.get(0).get("Description"),
                "delimiters and quotes inside a field survive");
    }

    @Test
    void leavesOutContactDetailsWithoutConsent() throws Exception {
        StringWriter out = new StringWriter();
        DirectoryCsv.write(List.of(organisation("Med", true), organisation("Uden", false)), PARTICIPANT,
                Locale.forLanguageTag("da"), out);
        List<CSVRecord> rows = parse(out.toString());
        assertEquals("med@example.dk", rows.get(0).get("E-mail"));
        assertEquals("", rows.get(1).get("E-mail"));
        assertFalse(out.toString().contains("uden@example.dk"));
        assertTrue(out.toString().startsWith("\uFEFFNavn;"));
    }
}
