package dk.tovholder.calendar.control;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar (RFC 5545) with ical4j: events in Europe/Copenhagen wall
 * time with the zone's VTIMEZONE, a stable UID, SEQUENCE from the record's
 * version, STATUS (cancelled ones stay in the feed as CANCELLED), URL back to
 * the page, LOCATION and DESCRIPTION.
 */
public final class IcsWriter {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//Tovholder//Tovholder//DA";

    private IcsWriter() {
    }

    /** How an event stands. */
    public enum Status { CONFIRMED, TENTATIVE, CANCELLED }

    /** One event as the feed shows it. */
    public record Event(String uid, long sequence, Instant start, Instant end, String summary, String description,
            String location, URI url, Status status, Instant stamp, String category) {
    }

    /** Someone taking part: their name and e-mail address. */
    public record Party(String name, String email) {
        boolean hasAddress() {
            return email != null && !email.isBlank();
        }

        URI mailto() {
            return URI.create("mailto:" + email.strip());
        }
    }

    /**
     * An invitation to one event for one attendee (RFC 5546 iTIP): METHOD:REQUEST
     * with the organiser (ORGANIZER) and the recipient (ATTENDEE, a required
     * participant whose answer is not asked for: they answer on the meeting's
     * page). Without an organiser's address there is nobody to answer to, so it
     * is published instead (METHOD:PUBLISH, no ORGANIZER or ATTENDEE).
     */
    public static String invitation(String name, Event event, Party organiser, Party attendee) {
        boolean request = organiser != null && organiser.hasAddress() && attendee != null && attendee.hasAddress();
        Calendar calendar = calendar(name, request);
        VEvent vevent = event(event);
        if (request) {
            Organizer from = new Organizer(organiser.mailto());
            if (organiser.name() != null && !organiser.name().isBlank()) {
                from.add(new Cn(clean(organiser.name())));
            }
            vevent.add(from);
            Attendee to = new Attendee(attendee.mailto());
            if (attendee.name() != null && !attendee.name().isBlank()) {
                to.add(new Cn(clean(attendee.name())));
            }
            to.add(CuType.INDIVIDUAL);
            to.add(Role.REQ_PARTICIPANT);
            to.add(PartStat.NEEDS_ACTION);
            to.add(Rsvp.FALSE);
            vevent.add(to);
        }
        calendar.add(vevent);
        return fold(calendar.toString());
    }

    /** The METHOD of a calendar this class wrote (REQUEST or PUBLISH), for the e-mail part's content type. */
    public static String methodOf(String ics) {
        Matcher method = Pattern.compile("(?m)^METHOD:([A-Z-]+)\\r?$").matcher(ics);
        return method.find() ? method.group(1) : "REQUEST";
    }

    /**
     * A feed to subscribe to (METHOD:PUBLISH). Each event's text is ical4j's,
     * kept (without its DTSTAMP, which is the feed's time) for as long as the
     * event stays the same: the participants of a meeting share its text, and
     * a calendar app asking again gets the unchanged events without writing
     * them again. Writing one costs about 20 µs, mostly ical4j finding the
     * zone of DTSTART and DTEND again (it copies the JDK's list of all zone
     * ids each time); a busy person's feed has a few hundred events.
     */
    public static String feed(String name, List<Event> events) {
        String calendar = fold(calendar(name, false).toString());
        int end = calendar.lastIndexOf(END_CALENDAR);
        StringBuilder feed = new StringBuilder(calendar.length() + events.size() * 600);
        feed.append(calendar, 0, end);
        Instant stamped = null;
        String stamp = null;
        for (Event e : events) {
            // DTSTAMP is written to the second: one line for the events stamped within the same second
            if (stamped == null || e.stamp().getEpochSecond() != stamped.getEpochSecond()) {
                stamped = e.stamp();
                stamp = new DtStamp(stamped).toString();
            }
            String text = EVENTS.text(e);
            feed.append(BEGIN_EVENT).append(stamp).append(text, BEGIN_EVENT.length(), text.length());
        }
        return feed.append(calendar, end, calendar.length()).toString();
    }

    private static final String BEGIN_EVENT = "BEGIN:VEVENT\r\n";
    private static final String END_CALENDAR = "END:VCALENDAR\r\n";

    /** The events' texts without DTSTAMP, the most recently used kept. */
    static final EventTexts EVENTS = new EventTexts(20_000);

    /** Events' texts (folded, without DTSTAMP) by the event without its stamp, the least recently used dropped. */
    static final class EventTexts {

        private final Map<Event, String> texts;

        EventTexts(int size) {
            texts = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Event, String> eldest) {
                    return size() > size;
                }
            });
        }

        String text(Event e) {
            Event key = new Event(e.uid(), e.sequence(), e.start(), e.end(), e.summary(), e.description(),
                    e.location(), e.url(), e.status(), null, e.category());
            String text = texts.get(key);
            if (text == null) { // written outside the lock: two threads may both write it, with the same result
                text = fold(event(key).toString());
                texts.put(key, text);
            }
            return text;
        }

        int size() {
            return texts.size();
        }
    }

    /**
     * An "add to calendar" file, or the calendar entry sent along with a
     * published agenda: METHOD:PUBLISH. A REQUEST needs an ORGANIZER to answer
     * to (RFC 5546, section 3.2.2); only {@link #invitation} has one.
     */
    public static String single(String name, Event event) {
        return write(name, List.of(event), false);
    }

    /** The calendar of the events written whole by ical4j, as {@link #feed} would be without its kept texts. */
    static String whole(String name, List<Event> events) {
        return write(name, events, false);
    }

    private static String write(String name, List<Event> events, boolean request) {
        Calendar calendar = calendar(name, request);
        for (Event e : events) {
            calendar.add(event(e));
        }
        return fold(calendar.toString());
    }

    private static Calendar calendar(String name, boolean request) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(request ? ImmutableMethod.REQUEST : ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        calendar.add((VTimeZone) Copenhagen.ZONE.copy());
        return calendar;
    }

    private static VEvent event(Event e) {
        VEvent event = new VEvent(ZonedDateTime.ofInstant(e.start(), ZONE), ZonedDateTime.ofInstant(e.end(), ZONE),
                clean(e.summary()));
        event.add(new Uid(e.uid()));
        // ical4j stamps a new event with the moment it was made; DTSTAMP occurs once (RFC 5545, 3.6.1):
        // the event's own, or none here and the feed's written in front of the kept text (see feed)
        event.removeAll(Property.DTSTAMP);
        if (e.stamp() != null) {
            event.add(new DtStamp(e.stamp()));
        }
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.sequence())));
        event.add(switch (e.status()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        if (e.url() != null) {
            event.add(new Url(e.url()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(clean(e.location())));
        }
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.category() != null) {
            event.add(new Categories(e.category()));
        }
        return event;
    }

    /** Content lines longer than this many octets are folded (RFC 5545, 3.1). */
    static final int FOLD_OCTETS = 75;

    /**
     * Folds every content line to at most 75 octets of UTF-8 (a break and a
     * space continue it), never inside a character: ical4j writes each
     * property on one line, however long, and a long agenda or a Danish title
     * would otherwise break the limit calendar programs expect.
     */
    static String fold(String ics) {
        StringBuilder folded = new StringBuilder(ics.length() + ics.length() / 64 * 3);
        for (String line : ics.split("\r\n", -1)) {
            if (folded.length() > 0) {
                folded.append("\r\n");
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > FOLD_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
        }
        return folded.toString();
    }

    /** Read once: a registry of its own per feed parsed the zone's definition again for every request. */
    private static final class Copenhagen {
        static final VTimeZone ZONE = copenhagen(TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(IcsWriter.ZONE.getId()).getVTimeZone());
    }

    /**
     * The zone's VTIMEZONE under its own TZID. ical4j's time zone data (like
     * current tzdata) has Europe/Copenhagen as a link to Europe/Berlin, whose
     * rules it shares; the events say TZID=Europe/Copenhagen, so the
     * definition must carry that id for calendar apps to match them.
     */
    private static VTimeZone copenhagen(VTimeZone registered) {
        VTimeZone zone = (VTimeZone) registered.copy();
        zone.replace(new TzId(ZONE.getId()));
        zone.removeAll("TZURL", "X-LIC-LOCATION");
        return zone;
    }

    /** One-line texts stay on one line (a summary with a line break would be a new property in some apps). */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
