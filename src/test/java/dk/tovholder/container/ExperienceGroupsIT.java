package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.experience.boundary.ExperienceForm;
import dk.tovholder.experience.boundary.ExperienceGroups;
import dk.tovholder.experience.boundary.TooEarly;
import dk.tovholder.experience.control.ExperienceReport;
import dk.tovholder.experience.entity.Advice;
import dk.tovholder.experience.entity.Department;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.experience.entity.ParticipantRole;
import dk.tovholder.experience.entity.Priority;
import dk.tovholder.experience.entity.ProgrammeStatus;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.language.ValidationText;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.GroupForm;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An experience group's programme inside the server: a facilitator runs the
 * four steps in order with four participants, the sessions are meetings of a
 * members-only host, and the final report is a PDF.
 */
@ExtendWith(ArquillianExtension.class)
class ExperienceGroupsIT {

    private static final String HOUSING = "Frederiksberg Forenede Boligselskaber (FFB)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    ExperienceGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    NetworkTestData people;

    @Inject
    ExperienceTestData data;

    @Inject
    NetworkGroups networkGroups;

    private Caller facilitator() {
        return people.callerFor("Mette Holm", Role.COORDINATOR);
    }

    private ExperienceGroup newGroup(String name, String... participants) {
        ExperienceForm form = new ExperienceForm();
        form.setName(name);
        form.setRenovation("Renovering af blok " + name);
        form.setSocialEffort("Helhedsplanen");
        form.setOrganisationId(people.organisationId(HOUSING));
        form.setFacilitatorId(people.personId("Mette Holm"));
        ExperienceGroup group = groups.create(form, facilitator());
        ParticipantRole[] roles = ParticipantRole.values();
        for (int i = 0; i < participants.length; i++) {
            Long person = people.newPerson(participants[i], HOUSING);
            group = groups.addParticipant(group.getId(), group.getVersion(), person, roles[i % roles.length],
                    Department.values()[i % 3], facilitator());
        }
        return group;
    }

    @Test
    void onlyTheFacilitatorOrAnAdministratorChangesTheHostGroupAndOnlyACoordinatorMakesOne() {
        ExperienceGroup group = newGroup("Blok H", "Varmemester H", "Byggeleder H");
        Long host = group.getNetworkGroupId();
        Caller participant = people.callerFor("Varmemester H");
        List<Long> before = data.hostParticipantIds(host);
        assertEquals(2, before.size(), "the host has the group's participants");

        assertThrows(Forbidden.class, () -> networkGroups.syncExperienceHost(host, List.of(participant.personId()),
                participant.personId(), participant), "a participant cannot make themselves the host's only member");
        assertEquals(before, data.hostParticipantIds(host), "nothing changed");
        assertThrows(Forbidden.class, () -> networkGroups.createExperienceHost("Erfaringsgruppe X",
                participant.personId(), participant), "nor make a host of their own");

        NetworkGroup hostGroup = networkGroups.find(host, facilitator());
        GroupForm open = GroupForm.of(hostGroup);
        open.setVisibility(Visibility.OPEN);
        Refusal opened = assertThrows(Refusal.class, () -> networkGroups.update(host, hostGroup.getVersion(), open,
                facilitator()), "the facilitator cannot open the host to everyone");
        assertEquals("group.experience.membersOnly", opened.messageKey());
        assertEquals(Visibility.MEMBERS_ONLY, networkGroups.find(host, facilitator()).getVisibility());

        Long newcomer = people.newPerson("Genhusning H", HOUSING);
        group = groups.addParticipant(group.getId(), group.getVersion(), newcomer, ParticipantRole.values()[0],
                Department.values()[0], facilitator());
        assertTrue(data.hostParticipantIds(host).contains(newcomer), "the facilitator's change reaches the host");
    }

    @Test
    void aFacilitatorRunsTheFourStepsInOrderAndClosesWithTheJointProject() {
        String[] names = {"Varmemester A", "Byggeleder A", "Beboerrådgiver A", "Genhusning A"};
        ExperienceGroup group = newGroup("Blok A", names);
        group = groups.start(group.getId(), group.getVersion(), facilitator());
        Long id = group.getId();
        Caller caretaker = people.callerFor(names[0]);
        Caller manager = people.callerFor(names[1]);

        // the first session is a meeting of the members-only host, its agenda from the guide
        LocalDate day = AppClock.today().plusWeeks(2);
        Meeting first = groups.scheduleSession(id, group.getVersion(), Step.ADVICE, day, LocalTime.of(13, 0), 120,
                "Beboerhuset", facilitator());
        assertEquals(4, first.getAgenda().size(), "the facilitator's guide as agenda");
        assertEquals(first.getId(), meetings.find(first.getId(), caretaker).getId(), "participants see the session");
        assertThrows(NotFound.class, () -> meetings.find(first.getId(), people.callerFor("Amina Yusuf")),
                "others do not see it");
        ExperienceGroup current = groups.find(id);
        Refusal beforeFirst = assertThrows(Refusal.class, () -> groups.scheduleSession(id, current.getVersion(),
                Step.CONTRIBUTIONS, day.minusDays(1), LocalTime.of(13, 0), 120, null, facilitator()));
        assertEquals("experience.session.afterEarlier", beforeFirst.messageKey());
        Meeting second = groups.scheduleSession(id, groups.find(id).getVersion(), Step.CONTRIBUTIONS,
                day.plusWeeks(4), LocalTime.of(13, 0), 120, "Beboerhuset", facilitator());
        Meeting third = groups.scheduleSession(id, groups.find(id).getVersion(), Step.STRUCTURES, day.plusWeeks(8),
                LocalTime.of(13, 0), 120, "Beboerhuset", facilitator());
        Meeting fourth = groups.scheduleSession(id, groups.find(id).getVersion(), Step.EXPECTATIONS,
                day.plusWeeks(12), LocalTime.of(13, 0), 120, "Beboerhuset", facilitator());

        // step 1: participants propose, duplicates and outsiders are refused, the facilitator selects three
        groups.proposeAdvice(id, "Gå en tur i afdelingen sammen", caretaker);
        Conflict duplicate = assertThrows(Conflict.class,
                () -> groups.proposeAdvice(id, "  gå en tur i  afdelingen sammen. ", manager));
        assertEquals("experience.advice.duplicate", duplicate.messageKey());
        assertThrows(Forbidden.class, () -> groups.proposeAdvice(id, "Et råd udefra", people.callerFor("Amina Yusuf")));
        ConstraintViolation<?> blank = assertThrows(ConstraintViolationException.class,
                () -> groups.proposeAdvice(id, "   ", manager)).getConstraintViolations().iterator().next();
        assertEquals("text", ValidationText.field(blank), "shown next to the advice field");
        assertEquals("{experience.required}", blank.getMessageTemplate());
        groups.proposeAdvice(id, "Aftal budskaber før beboermøder", manager);
        groups.proposeAdvice(id, "Ring i stedet for at skrive", manager);
        groups.proposeAdvice(id, "Inviter driften til byggemøder", caretaker);
        List<Advice> advice = groups.advice(groups.find(id), facilitator());
        assertEquals(4, advice.size());
        assertThrows(Forbidden.class, () -> groups.selectAdvice(advice.get(0).getId(), true, caretaker),
                "participants do not select");
        Refusal notThree = assertThrows(Refusal.class, () -> groups.completeStep(id, groups.find(id).getVersion(),
                Step.ADVICE, null, facilitator()));
        assertEquals("experience.advice.exactlyThree", notThree.messageKey());
        for (int i = 0; i < 3; i++) {
            groups.selectAdvice(advice.get(i).getId(), true, facilitator());
        }
        assertThrows(Conflict.class, () -> groups.selectAdvice(advice.get(3).getId(), true, facilitator()),
                "never a fourth");
        Refusal skipping = assertThrows(Refusal.class, () -> groups.completeStep(id, groups.find(id).getVersion(),
                Step.STRUCTURES, null, facilitator()));
        assertEquals("experience.step.notYet", skipping.messageKey());

        // the worksheet is complete, but its session is two weeks ahead: completing waits for it
        TooEarly beforeSession = assertThrows(TooEarly.class, () -> groups.completeStep(id,
                groups.find(id).getVersion(), Step.ADVICE, null, facilitator()));
        assertEquals("experience.step.tooEarly", beforeSession.messageKey());
        assertEquals(409, beforeSession.status());
        String firstStart = day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear() + " 13:00";
        assertEquals(List.of(1, firstStart), Arrays.asList(beforeSession.arguments()), "says from when");
        assertEquals(first.getId(), beforeSession.details().get("sessionMeetingId"));
        assertThrows(TooEarly.class, () -> groups.completeStep(id, groups.find(id).getVersion(), Step.ADVICE, "  ",
                facilitator()), "a blank reason is no reason");
        assertEquals(0, groups.find(id).getStepsDone(), "nothing recorded");

        // once the session has started, the step completes without a reason, and nothing is overridden
        data.startedAgo(first.getId(), Duration.ofHours(3));
        groups.completeStep(id, groups.find(id).getVersion(), Step.ADVICE, null, facilitator());
        assertEquals(1, groups.find(id).getStepsDone());
        assertTrue(data.audited(AuditAction.MEETING_TIME_RULE_OVERRIDDEN, first.getId()).isEmpty());
        assertThrows(Conflict.class, () -> groups.proposeAdvice(id, "For sent", caretaker), "step 1 is done");

        // step 2: everyone contributes (the facilitator may write it down for someone)
        assertThrows(Forbidden.class, () -> groups.contribute(id, people.personId(names[1]), "x", "y", caretaker),
                "not someone else's contribution");
        groups.contribute(id, people.personId(names[0]), "Bygningerne", "Varsler beboerne", caretaker);
        groups.contribute(id, people.personId(names[1]), "Byggeledelse", "Tidsplaner", manager);
        groups.contribute(id, people.personId(names[2]), "Rådgivning", "Kender familierne", facilitator());
        Refusal missing = assertThrows(Refusal.class, () -> groups.completeStep(id, groups.find(id).getVersion(),
                Step.CONTRIBUTIONS, "Vi mødtes før", facilitator()));
        assertEquals("experience.contributions.missing", missing.messageKey());
        assertTrue(Arrays.toString(missing.arguments()).contains(names[3]), "names who is missing");
        groups.contribute(id, people.personId(names[3]), "Genhusning", "Overblik over flytninger", facilitator());
        data.startedAgo(second.getId(), Duration.ofHours(2));
        groups.completeStep(id, groups.find(id).getVersion(), Step.CONTRIBUTIONS, null, facilitator());

        // step 3 and 4
        ConstraintViolation<?> nobody = assertThrows(ConstraintViolationException.class,
                () -> groups.addAgreement(id, "Fælles gåtur", "Første tirsdag", List.of(), facilitator()),
                "an agreement has someone responsible").getConstraintViolations().iterator().next();
        assertEquals("responsible", ValidationText.field(nobody));
        assertEquals("{experience.agreement.responsible.missing}", nobody.getMessageTemplate());
        groups.addAgreement(id, "Fælles gåtur i afdelingen", "Første tirsdag i måneden",
                List.of(people.personId(names[0]), people.personId(names[2])), facilitator());
        data.startedAgo(third.getId(), Duration.ofHours(1));
        groups.completeStep(id, groups.find(id).getVersion(), Step.STRUCTURES, null, facilitator());
        groups.addExpectation(id, "Ledelsen", "Tid i kalenderen til samarbejdet", Priority.HIGH, facilitator());

        // step 4 before its session: refused without a reason; with one it is recorded, and the reason audited
        TooEarly step4 = assertThrows(TooEarly.class, () -> groups.completeStep(id, groups.find(id).getVersion(),
                Step.EXPECTATIONS, null, facilitator()));
        assertEquals("experience.step.tooEarly", step4.messageKey());
        String reason = "Ledelsen kunne kun tidligere, så vi tog trin 4 på byggemødet";
        assertThrows(Forbidden.class, () -> groups.completeStep(id, groups.find(id).getVersion(),
                Step.EXPECTATIONS, reason, caretaker), "a participant overrides nothing");
        assertEquals(3, groups.find(id).getStepsDone());
        groups.completeStep(id, groups.find(id).getVersion(), Step.EXPECTATIONS, reason, facilitator());
        assertEquals(4, groups.find(id).getStepsDone());
        List<String> overridden = data.audited(AuditAction.MEETING_TIME_RULE_OVERRIDDEN, fourth.getId());
        assertEquals(1, overridden.size(), overridden.toString());
        assertTrue(overridden.get(0).endsWith(" · " + reason), overridden.get(0));
        assertTrue(overridden.get(0).startsWith(fourth.getTitle()), "names the session: " + overridden.get(0));
        assertEquals(people.personId("Mette Holm"), data.lastActor(AuditAction.MEETING_TIME_RULE_OVERRIDDEN,
                fourth.getId()));

        // the joint project, then closing
        Refusal noProject = assertThrows(Refusal.class, () -> groups.close(id, groups.find(id).getVersion(),
                "Vi er færdige", facilitator()));
        assertEquals("experience.close.project", noProject.messageKey());
        long beforePlan = groups.find(id).getVersion();
        ConstraintViolationException tooLong = assertThrows(ConstraintViolationException.class,
                () -> groups.planProject(id, beforePlan, "Grønne gårde", "x".repeat(ExperienceGroup.PROJECT_TEXT_MAX + 1),
                        null, day.plusMonths(3), List.of(), facilitator()));
        ConstraintViolation<?> goal = tooLong.getConstraintViolations().iterator().next();
        assertEquals("goal", ValidationText.field(goal), "shown next to the goal");
        assertEquals("{experience.text.tooLong}", goal.getMessageTemplate());
        assertEquals(beforePlan, groups.find(id).getVersion(), "nothing stored");
        groups.planProject(id, groups.find(id).getVersion(), "Grønne gårde", "Beboerne med i gårdrenoveringen",
                "Gåtur med beboerne i maj", day.plusMonths(3), List.of(people.personId(names[0]),
                        people.personId(names[1])), facilitator());
        // closing before the last session began: refused without a reason, kept on the host group with one
        TooEarly closing = assertThrows(TooEarly.class, () -> groups.close(id, groups.find(id).getVersion(), null,
                facilitator()));
        assertEquals("experience.close.tooEarly", closing.messageKey());
        assertEquals(ProgrammeStatus.RUNNING, groups.find(id).getStatus());
        ExperienceGroup closed = groups.close(id, groups.find(id).getVersion(), "Projektet starter allerede nu",
                facilitator());
        List<String> closedEarly = data.audited(AuditAction.GROUP_TIME_RULE_OVERRIDDEN, closed.getNetworkGroupId());
        assertEquals(1, closedEarly.size(), closedEarly.toString());
        assertTrue(closedEarly.get(0).endsWith("Afsluttet før sidste møde: Projektet starter allerede nu"),
                closedEarly.get(0));
        assertEquals(ProgrammeStatus.CLOSED, closed.getStatus());
        assertEquals(4, closed.getStepsDone());

        byte[] pdf = ExperienceReport.write(closed, groups.content(closed, facilitator()), Locale.forLanguageTag("da"));
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4), "the final report is a PDF");
        assertThrows(Forbidden.class, () -> groups.content(closed, people.callerFor("Amina Yusuf")),
                "others see the progress only");
    }

    @Test
    void aStepWithNoSessionScheduledIsRecordedOnlyWithAReasonKeptOnTheHostGroup() {
        String[] names = {"Deltager E1", "Deltager E2", "Deltager E3"};
        ExperienceGroup group = newGroup("Blok E", names);
        Long id = groups.start(group.getId(), group.getVersion(), facilitator()).getId();
        Caller participant = people.callerFor(names[0]);
        for (String text : List.of("Mød hinanden i gården", "Del telefonlisten", "Spis frokost sammen")) {
            groups.proposeAdvice(id, text, participant); // worksheets may be filled in before the session
        }
        for (Advice a : groups.advice(groups.find(id), facilitator())) {
            groups.selectAdvice(a.getId(), true, facilitator());
        }
        TooEarly noSession = assertThrows(TooEarly.class, () -> groups.completeStep(id, groups.find(id).getVersion(),
                Step.ADVICE, null, facilitator()));
        assertEquals("experience.step.tooEarly.noSession", noSession.messageKey());
        assertEquals(Boolean.TRUE, noSession.details().get("overridable"));
        assertFalse(noSession.details().containsKey("sessionMeetingId"));
        ConstraintViolation<?> tooLong = assertThrows(ConstraintViolationException.class,
                () -> groups.completeStep(id, groups.find(id).getVersion(), Step.ADVICE,
                        "x".repeat(ExperienceGroups.OVERRIDE_REASON_MAX + 1), facilitator()))
                .getConstraintViolations().iterator().next();
        assertEquals("overrideReason", ValidationText.field(tooLong));
        assertEquals("{experience.text.tooLong}", tooLong.getMessageTemplate());
        assertEquals(0, groups.find(id).getStepsDone());

        ExperienceGroup done = groups.completeStep(id, groups.find(id).getVersion(), Step.ADVICE,
                "Mødt før systemet kom i brug", facilitator());
        assertEquals(1, done.getStepsDone());
        assertEquals(1, groups.find(id).getStepsDone(), "stored");
        List<String> entries = data.audited(AuditAction.GROUP_TIME_RULE_OVERRIDDEN, done.getNetworkGroupId());
        assertEquals(List.of("Erfaringsgruppe: Blok E · Trin 1 uden planlagt møde: Mødt før systemet kom i brug"),
                entries);
    }

    @Test
    void theSizeRuleHoldsOnceTheProgrammeHasStarted() {
        ExperienceGroup two = newGroup("Blok B", "Deltager B1", "Deltager B2");
        Refusal tooFew = assertThrows(Refusal.class, () -> groups.start(two.getId(), two.getVersion(), facilitator()));
        assertEquals("experience.start.size", tooFew.messageKey());

        ExperienceGroup six = newGroup("Blok C", "C1", "C2", "C3", "C4", "C5", "C6");
        Long seventh = people.newPerson("C7", HOUSING);
        Refusal tooMany = assertThrows(Refusal.class, () -> groups.addParticipant(six.getId(), six.getVersion(),
                seventh, ParticipantRole.OTHER, Department.OPERATIONS, facilitator()));
        assertEquals("experience.size.max", tooMany.messageKey());
        assertEquals(6, groups.find(six.getId()).getParticipants().size());

        ExperienceGroup three = newGroup("Blok D", "D1", "D2", "D3");
        ExperienceGroup started = groups.start(three.getId(), three.getVersion(), facilitator());
        Refusal below = assertThrows(Refusal.class, () -> groups.removeParticipant(started.getId(),
                started.getVersion(), people.personId("D1"), facilitator()));
        assertEquals("experience.size.min", below.messageKey());
        assertEquals(3, groups.find(started.getId()).getParticipants().size(), "nobody left");
        assertThrows(Forbidden.class, () -> groups.addParticipant(started.getId(), started.getVersion(),
                seventh, ParticipantRole.OTHER, Department.OPERATIONS, people.callerFor("D1")),
                "a participant does not change the group");
    }
}
