package dk.tovholder.demo;

import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.ContactDetails;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Recurrence;
import dk.tovholder.room.entity.BlockedPeriod;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingSeries;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.Facility;
import dk.tovholder.room.entity.OpeningHours;
import dk.tovholder.room.entity.RecurrenceRule;
import dk.tovholder.room.entity.Room;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo network's rooms: the citizens' centre lends three rooms (its hall
 * needs approval), the programme its project room, and the care home its café
 * (approval and a cleaning break). Some months of bookings around today:
 * the homework café every week, the neighbourhood mothers every second week,
 * one-off meetings, and a request waiting for the centre's approval.
 */
final class DemoRooms {

    static final String CARE_HOME = "Plejecentret Søndermarken";
    static final String HALL = "Store sal";
    static final String ROOM_1 = "Mødelokale 1";
    static final String ROOM_2 = "Mødelokale 2";
    static final String PROJECT_ROOM = "Projektlokalet";
    static final String CAFE = "Caféen";

    private DemoRooms() {
    }

    static void create(EntityManager em, Map<String, Organisation> byName, Person coordinator, Person booker,
            LocalDate today) {
        Organisation centre = byName.get(DemoNetwork.CITIZENS_CENTRE);
        Organisation programme = byName.get(DemoNetwork.PROGRAMME);
        Organisation careHome = byName.computeIfAbsent(CARE_HOME, name -> careHome(em));
        Organisation redCross = byName.get("Røde Kors");
        Organisation mothers = byName.get("Bydelsmødre");
        Organisation housing = byName.get("Frederiksberg Forenede Boligselskaber (FFB)");

        Room hall = room(em, centre, HALL, "Nordens Plads 1, Frederiksberg", "Stueetagen, til venstre efter receptionen",
                40, EnumSet.of(Facility.PROJECTOR, Facility.KITCHEN, Facility.STEP_FREE, Facility.HEARING_LOOP,
                        Facility.WIFI),
                "Nøgle og alarmkode i receptionen (hverdage 8-16). Stole stilles tilbage, køkkenet ryddes.",
                8, 22, true, 30);
        hall.block(new BlockedPeriod(today.plusMonths(3).atStartOfDay(BookingRules.ZONE).toInstant(),
                today.plusMonths(3).plusDays(7).atStartOfDay(BookingRules.ZONE).toInstant(), "Nyt gulv lægges"));
        Room room1 = room(em, centre, ROOM_1, "Nordens Plads 1, Frederiksberg", "1. sal, dør 104", 12,
                EnumSet.of(Facility.PROJECTOR, Facility.WHITEBOARD, Facility.WIFI),
                "Receptionen låser op. Husk at slukke projektoren.", 8, 21, false, 0);
        Room room2 = room(em, centre, ROOM_2, "Nordens Plads 1, Frederiksberg", "1. sal, dør 106", 8,
                EnumSet.of(Facility.WHITEBOARD, Facility.WIFI), null, 8, 21, false, 0);
        Room project = room(em, programme, PROJECT_ROOM, "Søndermarkskvarteret, Tartuvej 3", "Kælderen, indgang fra gården",
                12, EnumSet.of(Facility.PROJECTOR, Facility.WHITEBOARD, Facility.KITCHEN, Facility.WIFI),
                "Nøglen hentes hos helhedsplanens sekretariat.", 8, 20, false, 15);
        Room cafe = room(em, careHome, CAFE, "Søndermarken, Plejecentrets stueetage", "Indgang via hovedindgangen",
                30, EnumSet.of(Facility.KITCHEN, Facility.STEP_FREE, Facility.HEARING_LOOP),
                "Beboerne bruger caféen til frokost 11.30-13; rengøring efter hver booking.", 9, 20, true, 30);
        cafe.lendTo(false, Set.of(programme.getId(), centre.getId(), redCross.getId()));
        em.flush();

        Instant now = AppClock.now();
        LocalDate from = today.minusMonths(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate until = today.plusMonths(2);
        series(em, room1, redCross, person(em, "Frivilligkoordinator, Røde Kors", redCross), "Lektiecafé",
                RecurrenceRule.WEEKLY, from, until, LocalTime.of(15, 0), LocalTime.of(18, 0), 12, now);
        series(em, room2, mothers, person(em, "Koordinator, Bydelsmødre", mothers), "Bydelsmødrenes netværksmøde",
                RecurrenceRule.FORTNIGHTLY, from.plusDays(1), until, LocalTime.of(10, 0), LocalTime.of(12, 0), 8, now);
        series(em, project, programme, coordinator, "Helhedsplanens teammøde", RecurrenceRule.WEEKLY,
                from.plusDays(-1), until, LocalTime.of(9, 0), LocalTime.of(10, 30), 6, now);
        Person housingContact = person(em, "Beboerrådgiver, FFB", housing);
        for (int week = -10; week <= 6; week += 2) {
            LocalDate day = today.plusWeeks(week).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            one(em, hall, housing, housingContact, "Beboermøde i afdelingen", day, LocalTime.of(19, 0),
                    LocalTime.of(21, 0), 35, now).confirmNow(em, booker, now);
        }
        one(em, cafe, programme, coordinator, "Højskoledagene: planlægning", today.plusDays(9)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)), LocalTime.of(14, 0), LocalTime.of(16, 0),
                10, now);
        one(em, hall, programme, coordinator, "Netværksdag for områdets organisationer", today.plusDays(16)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)), LocalTime.of(9, 0), LocalTime.of(15, 0), 40, now);
        em.flush();
    }

    private static Organisation careHome(EntityManager em) {
        Organisation o = new Organisation(CARE_HOME, OrganisationType.MUNICIPAL_INSTITUTION);
        o.describe(CARE_HOME, OrganisationType.MUNICIPAL_INSTITUTION,
                "Plejecenter i kvarteret; står for Højskoledagene sammen med medborgercentret og helhedsplanen.",
                "Søndermarken, Frederiksberg", null);
        o.reachAt(new ContactDetails("Aktivitetsmedarbejder", "+45 38 50 00 00", "plejecentret@example.dk"));
        o.recordConsent(true);
        o.offer(null, null, null, null, "Café med køkken til 30 personer", null);
        em.persist(o);
        return o;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static Room room(EntityManager em, Organisation owner, String name, String address, String directions,
            int capacity, EnumSet<Facility> facilities, String practical, int opens, int closes, boolean approval,
            int buffer) {
        Room room = Room.blank(owner);
        room.describe(name, address, directions, capacity);
        room.equip(facilities, null, practical);
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                hours.add(new OpeningHours(day, opens * 60, (day == DayOfWeek.SATURDAY ? Math.min(closes, 16) : closes) * 60));
            }
        }
        room.openOn(hours);
        room.lendOnTerms(approval, room.getMinMinutes(), room.getMaxMinutes(), room.getMaxDaysAhead(), buffer);
        em.persist(room);
        return room;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void series(EntityManager em, Room room, Organisation organisation, Person by, String purpose,
            RecurrenceRule rule, LocalDate first, LocalDate last, LocalTime start, LocalTime end, int people,
            Instant now) {
        BookingSeries series = new BookingSeries(room.getId(), organisation.getId(), rule, first, last, now);
        em.persist(series);
        em.flush();
        for (LocalDate day : Recurrence.dates(rule, first, last)) {
            Booking booking = one(em, room, organisation, by, purpose, day, start, end, people, now).booking();
            booking.partOf(series, day);
        }
    }

    /** A booking as the demo has it (past ones included), confirmed at once unless the room needs approval. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private static Made one(EntityManager em, Room room, Organisation organisation, Person by, String purpose,
            LocalDate day, LocalTime start, LocalTime end, int people, Instant now) {
        ZonedDateTime s = ZonedDateTime.of(day, start, BookingRules.ZONE);
        ZonedDateTime e = ZonedDateTime.of(day, end, BookingRules.ZONE);
        Booking booking = new Booking(room, organisation, by, purpose, false, people, s.toInstant(), e.toInstant(),
                null, now);
        em.persist(booking);
        return new Made(booking);
    }

    /** A demo booking just made; past requests the owner approved are confirmed. */
    private record Made(Booking booking) {
        Booking confirmNow(EntityManager em, Person by, Instant now) {
            if (booking.getStatus() == BookingStatus.PENDING
                    && booking.getStartsAt().isBefore(now.plusSeconds(86400L * 21))) {
                booking.confirm(by, now);
            }
            return booking;
        }
    }

    private static Person person(EntityManager em, String name, Organisation organisation) {
        return DemoGroups.existingOrNew(em, name, organisation);
    }

}
