package dk.tovholder.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
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

    @Test
    void aFeedIsTheCalendarIcal4jWritesWholeWithEveryEventStampedAtTheFeedsTime() throws Exception {
        List<IcsWriter.Event> events = List.of(event("meeting-21@tovholder", "2027-03-23T09:00",
                IcsWriter.Status.CONFIRMED), event("meeting-22@tovholder", "2027-10-26T09:00",
                IcsWriter.Status.CANCELLED), event("booking-5@tovholder", "2027-11-02T13:00",
                IcsWriter.Status.TENTATIVE));
        String feed = IcsWriter.feed("Mine møder", events);
        String again = IcsWriter.feed("Mine møder", events); // the events' texts kept from the first
        assertEquals(feed, again);
        assertEquals(properties(parse(IcsWriter.whole("Mine møder", events))), properties(parse(feed)));
        for (Object e : parse(feed).getComponents("VEVENT")) {
            assertEquals(List.of("20261125T100000Z"), ((VEvent) e).getProperties("DTSTAMP").stream()
                    .map(p -> p.getValue()).toList(), "one DTSTAMP, the feed's (RFC 5545)");
        }
        String single = IcsWriter.single("Møde", events.get(0));
        assertEquals(1, single.lines().filter(l -> l.startsWith("DTSTAMP")).count(), single);
        // events stamped a moment apart (each with the clock's now) within one second and across the next
        IcsWriter.Event first = events.get(0);
        List<IcsWriter.Event> moments = List.of(stamped(first, "2026-11-25T10:00:00.100Z"),
                stamped(events.get(1), "2026-11-25T10:00:00.900Z"), stamped(events.get(2), "2026-11-25T10:00:01.050Z"));
        List<String> stamps = parse(IcsWriter.feed("Mine møder", moments)).getComponents("VEVENT").stream()
                .map(e -> ((VEvent) e).getProperty("DTSTAMP").get().getValue()).toList();
        assertEquals(List.of("20261125T100000Z", "20261125T100000Z", "20261125T100001Z"), stamps);
        assertTrue(feed.lines().allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75),
                "folded: " + feed);
    }

    @Test
    void aChangedEventIsWrittenAgainAndTheOldTextIsNotServed() throws Exception {
        IcsWriter.Event first = event("meeting-31@tovholder", "2027-01-12T09:00", IcsWriter.Status.CONFIRMED);
        IcsWriter.Event moved = new IcsWriter.Event(first.uid(), first.sequence() + 1, first.start().plusSeconds(3600),
                first.end().plusSeconds(3600), "Flyttet netværksmøde", first.description(), first.location(),
                first.url(), first.status(), Instant.parse("2026-11-26T08:00:00Z"), first.category());
        IcsWriter.feed("Mine møder", List.of(first));
        VEvent e = (VEvent) parse(IcsWriter.feed("Mine møder", List.of(moved))).getComponents("VEVENT").get(0);
        assertEquals("Flyttet netværksmøde", e.getProperty("SUMMARY").get().getValue());
        assertEquals("4", e.getProperty("SEQUENCE").get().getValue());
        assertEquals(10, ZonedDateTime.from(e.getDateTimeStart().get().getDate()).withZoneSameInstant(IcsWriter.ZONE)
                .getHour());
        assertEquals("20261126T080000Z", e.getProperty("DTSTAMP").get().getValue());
    }

    @Test
    void theKeptTextsAreBounded() {
        IcsWriter.EventTexts texts = new IcsWriter.EventTexts(2);
        for (int i = 0; i < 5; i++) {
            texts.text(event("meeting-" + i + "@tovholder", "2027-01-12T09:00", IcsWriter.Status.CONFIRMED));
        }
        assertEquals(2, texts.size());
    }

    /** Each component's properties as text, in the calendar's order of components. */
    private static List<Set<String>> properties(Calendar calendar) {
        List<Set<String>> all = new ArrayList<>();
        all.add(new TreeSet<>(calendar.getProperties().stream().map(Object::toString).toList()));
        for (Object c : calendar.getComponents()) {
            all.add(new TreeSet<>(((Component) c).getProperties().stream()
                    .map(Object::toString).toList()));
        }
        return all;
    }

    private static IcsWriter.Event stamped(IcsWriter.Event e, String at) {
        return new IcsWriter.Event(e.uid(), e.sequence(), e.start(), e.end(), e.summary(), e.description(),
                e.location(), e.url(), e.status(), Instant.parse(at), e.category());
    }
}
