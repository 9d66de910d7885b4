package dk.tovholder.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A meeting's invitation as iTIP (RFC 5546): a request from the organiser to the attendee, folded, parsing back. */
class IcsInvitationTest {

    private static final Instant START = LocalDateTime.parse("2027-03-30T09:00").atZone(IcsWriter.ZONE).toInstant();

    private static IcsWriter.Event event() {
        return new IcsWriter.Event("meeting-7@tovholder", 4, START, START.plusSeconds(7200),
                "Netværksmøde i Søndermarkskvarteret med en meget lang titel, der skal foldes over flere linjer",
                "1. Velkommen (10 min.)\nhttp://localhost:8080/meeting/meeting.xhtml?id=7", "Medborgercentret",
                URI.create("http://localhost:8080/meeting/meeting.xhtml?id=7"), IcsWriter.Status.CONFIRMED,
                Instant.parse("2027-03-01T10:00:00Z"), null);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void aRequestNamesTheOrganiserAndTheAttendee() throws Exception {
        String ics = IcsWriter.invitation("Netværksmøde", event(), new IcsWriter.Party("Mette Holm",
                "koordinator@example.dk"), new IcsWriter.Party("Amina Yusuf", "deltager@example.dk"));
        Calendar calendar = parse(ics);
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("REQUEST", IcsWriter.methodOf(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent e = events.get(0);
        assertEquals("meeting-7@tovholder", e.getUid().orElseThrow().getValue());
        assertEquals(START, ZonedDateTime.from(e.getDateTimeStart().get().getDate()).toInstant());
        assertEquals("4", e.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("mailto:koordinator@example.dk", e.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals("Mette Holm", e.getProperty(Property.ORGANIZER).orElseThrow().getParameter("CN").orElseThrow()
                .getValue());
        Property attendee = e.getProperty(Property.ATTENDEE).orElseThrow();
        assertEquals("mailto:deltager@example.dk", attendee.getValue());
        assertEquals("REQ-PARTICIPANT", attendee.getParameter("ROLE").orElseThrow().getValue());
        assertEquals("NEEDS-ACTION", attendee.getParameter("PARTSTAT").orElseThrow().getValue());
        assertEquals(1, e.getProperties(Property.ATTENDEE).size(), "only the recipient");
        calendar.validate(); // RFC 5545 and the iTIP rules ical4j knows
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertTrue(ics.contains("\r\n "), "the long summary is folded");
    }

    @Test
    void foldingNeverSplitsACharacterAndKeepsEveryLineWithin75Octets() {
        String line = "DESCRIPTION:" + "æøå€".repeat(40);
        String folded = IcsWriter.fold("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n", folded.replace("\r\n ", ""),
                "unfolding gives the line back");
    }

    @Test
    void withoutTheOrganisersAddressItIsPublished() throws Exception {
        String ics = IcsWriter.invitation("Netværksmøde", event(), new IcsWriter.Party("Mette Holm", null),
                new IcsWriter.Party("Amina Yusuf", "deltager@example.dk"));
        Calendar calendar = parse(ics);
        assertEquals("PUBLISH", IcsWriter.methodOf(ics));
        VEvent e = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertFalse(e.getProperty(Property.ORGANIZER).isPresent());
        assertEquals("Netværksmøde i Søndermarkskvarteret med en meget lang titel, der skal foldes over flere linjer",
                e.getSummary().orElseThrow().getValue(), "unfolded whole, the Danish letters intact");
        assertFalse(e.getProperty(Property.ATTENDEE).isPresent());
        assertEquals("PUBLISH", IcsWriter.methodOf(IcsWriter.invitation("x", event(), null, null)));
    }
}
