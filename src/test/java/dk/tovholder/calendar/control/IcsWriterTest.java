package dk.tovholder.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feeds parse back with ical4j, keep wall-clock times across summer time, and say what was cancelled. */
class IcsWriterTest {

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(IcsWriter.ZONE).toInstant();
    }

    private static IcsWriter.Event event(String uid, String start, IcsWriter.Status status) {
        Instant s = at(start);
        return new IcsWriter.Event(uid, 3, s, s.plusSeconds(7200), "Netværksmøde\r\nnæste linje", "1. Velkommen\n2. Runde",
                "Medborgercentret, Nordens Plads 1", URI.create("http://localhost:8080/meeting/meeting.xhtml?id=7"),
                status, Instant.parse("2026-11-25T10:00:00Z"), "Tovholder");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void aNineOClockMeetingStaysAtNineLocalTimeInMarchAndOctober() throws Exception {
        String ics = IcsWriter.feed("Mine møder", List.of(event("meeting-1@tovholder", "2027-03-23T09:00", IcsWriter.Status.CONFIRMED),
                event("meeting-2@tovholder", "2027-03-30T09:00", IcsWriter.Status.CONFIRMED),
                event("meeting-3@tovholder", "2027-10-26T09:00", IcsWriter.Status.CONFIRMED),
                event("meeting-4@tovholder", "2027-11-02T09:00", IcsWriter.Status.CONFIRMED)));
        Calendar calendar = parse(ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Copenhagen"), ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(4, events.size());
        for (VEvent e : events) {
            Temporal start = e.getDateTimeStart().get().getDate();
            ZonedDateTime local = ZonedDateTime.from(start).withZoneSameInstant(IcsWriter.ZONE);
            assertEquals(9, local.getHour(), "09:00 local: " + e);
            assertTrue(e.getDateTimeStart().get().toString().contains("TZID=Europe/Copenhagen"), e.toString());
        }
        assertEquals(at("2027-03-30T09:00"), ZonedDateTime.from(events.get(1).getDateTimeStart().get().getDate()).toInstant(),
                "after spring forward: 07:00 UTC");
    }

    @Test
    void anEventCarriesItsUidSequenceStatusLinkPlaceAndAgenda() throws Exception {
        String ics = IcsWriter.single("Møde", event("meeting-9@tovholder", "2027-01-12T09:00",
                IcsWriter.Status.CANCELLED));
        VEvent e = (VEvent) parse(ics).getComponents("VEVENT").get(0);
        assertTrue(ics.contains("METHOD:PUBLISH") && !ics.contains("ORGANIZER"), "no request without an organiser: " + ics);
        assertEquals("meeting-9@tovholder", e.getUid().get().getValue());
        assertEquals("3", e.getProperty("SEQUENCE").get().getValue());
        assertEquals("CANCELLED", e.getProperty("STATUS").get().getValue());
        assertEquals("http://localhost:8080/meeting/meeting.xhtml?id=7", e.getProperty("URL").get().getValue());
        assertEquals("Medborgercentret, Nordens Plads 1", e.getProperty("LOCATION").get().getValue());
        assertEquals("1. Velkommen\n2. Runde", e.getProperty("DESCRIPTION").get().getValue());
        assertEquals("Netværksmøde næste linje", e.getProperty("SUMMARY").get().getValue(), "no line break injected");
    }
}
