package dk.tovholder.demo;

import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.experience.boundary.SessionGuide;
import dk.tovholder.experience.entity.Advice;
import dk.tovholder.experience.entity.Contribution;
import dk.tovholder.experience.entity.Department;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.experience.entity.ParticipantRole;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.experience.entity.Worksheets;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.language.Language;
import dk.tovholder.language.Messages;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The demo's experience group (seed 003): staff around the renovation of
 * Tartuhus, from construction, operations and the housing-social work. Step 1
 * is done (three pieces of advice chosen out of five), step 2 is under way
 * (two of four have contributed); the caretaker has a login of their own.
 */
final class DemoExperience {

    static final String NAME = "Erfaringsgruppen Tartuhus";
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DemoExperience() {
    }

    static void create(EntityManager em, Map<String, Organisation> byName, Person facilitator, String passwordHash,
            LocalDate today) {
        Organisation housing = byName.get("Frederiksberg Forenede Boligselskaber (FFB)");
        Person caretaker = new Person("Karsten Møller", "Varmemester", "varmemester@example.dk", housing);
        em.persist(caretaker);
        em.persist(new Account("varmemester", passwordHash, caretaker, EnumSet.noneOf(Role.class)));
        Person manager = person(em, "Byggeleder, FFB", housing);
        Person counsellor = person(em, "Beboerrådgiver, FFB", housing);
        Person rehousing = person(em, "Genhusningskonsulent, FFB", housing);

        NetworkGroup host = NetworkGroup.experienceHost("Erfaringsgruppe: " + NAME, facilitator, today.minusMonths(1));
        em.persist(host);
        em.flush();
        Instant now = AppClock.now();
        ExperienceGroup group = new ExperienceGroup(NAME, "Renovering af Tartuhus (FFB, afdeling Søndermarken)",
                DemoNetwork.PROGRAMME, housing, facilitator, host.getId(), now);
        group.addParticipant(caretaker, ParticipantRole.CARETAKER, Department.OPERATIONS);
        group.addParticipant(manager, ParticipantRole.CONSTRUCTION_MANAGER, Department.CONSTRUCTION);
        group.addParticipant(counsellor, ParticipantRole.RESIDENT_COUNSELLOR, Department.HOUSING_SOCIAL);
        group.addParticipant(rehousing, ParticipantRole.REHOUSING_CONSULTANT, Department.HOUSING_SOCIAL);
        for (Person p : Set.of(caretaker, manager, counsellor, rehousing)) {
            host.addParticipant(p);
        }
        group.start(now);
        em.persist(group);
        em.flush();

        LocalDate first = today.minusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        for (Step step : Step.values()) {
            LocalDate day = first.plusWeeks(4L * step.ordinal());
            ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(13, 0), ZONE);
            Meeting meeting = new Meeting(host.getId(), null, NAME + " – " + Messages.get(Language.DEFAULT.locale(),
                    "experience.step." + step.number() + ".title"), start.toInstant(), start.plusHours(2).toInstant());
            meeting.changePlace("Beboerhuset i Tartuhus");
            for (SessionGuide.Item item : SessionGuide.of(step)) {
                meeting.addItem(Messages.get(Language.DEFAULT.locale(), item.key()), null, item.type(), null,
                        item.minutes());
            }
            em.persist(meeting);
            em.flush();
            group.scheduleSession(step, meeting.getId());
        }

        String[][] advice = {
            {"Mød hinanden på stedet: gå en tur i afdelingen sammen én gang om måneden", "true"},
            {"Fortæl beboerne det samme: aftal budskaber om renoveringen før beboermøder", "true"},
            {"Ring i stedet for at skrive, når en genhusning driller", "true"},
            {"Inviter driften med til byggemøderne", "false"},
            {"Del kalenderen for arbejdet i opgangene", "false"}};
        Person[] by = {caretaker, counsellor, rehousing, caretaker, manager};
        for (int i = 0; i < advice.length; i++) {
            Advice a = new Advice(group.getId(), by[i], advice[i][0], now.plusSeconds(i));
            a.setSelected(Boolean.parseBoolean(advice[i][1]));
            em.persist(a);
        }
        group.complete(Step.ADVICE, new Worksheets(3, Set.of(), 0, 0));
        em.persist(new Contribution(group.getId(), caretaker, "Kender bygningerne, installationerne og beboerne i hverdagen",
                "Varsler beboerne om arbejde i opgangene og melder problemer tidligt"));
        em.persist(new Contribution(group.getId(), counsellor, "Rådgivning af beboere, kendskab til sårbare familier",
                "Sørger for, at sårbare beboere forstår renoveringen og får hjælp til genhusning"));
        em.flush();
    }

    private static Person person(EntityManager em, String name, Organisation organisation) {
        return DemoGroups.existingOrNew(em, name, organisation);
    }
}
