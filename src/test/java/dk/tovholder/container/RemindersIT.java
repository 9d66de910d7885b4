package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.experience.boundary.ExperienceForm;
import dk.tovholder.experience.boundary.ExperienceGroups;
import dk.tovholder.experience.entity.Department;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.experience.entity.ParticipantRole;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.mail.boundary.AddressFailures;
import dk.tovholder.mail.boundary.MailPreferences;
import dk.tovholder.mail.boundary.Outbox;
import dk.tovholder.mail.boundary.Reminders;
import dk.tovholder.mail.entity.FailureSource;
import dk.tovholder.mail.entity.MailTopic;
import dk.tovholder.mail.entity.OutboxMail;
import dk.tovholder.meeting.boundary.ActionForm;
import dk.tovholder.meeting.boundary.AgendaItemForm;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.boundary.Minutes;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Forbidden;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coordinator duty reminders: queued with the checklist of what is missing, once per duty and person. */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    Reminders reminders;

    @Inject
    MailTestData outbox;

    @Inject
    MailPreferences preferences;

    @Inject
    Outbox mail;

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    MeetingTestData meetingData;

    @Inject
    NetworkTestData people;

    @Inject
    ExperienceGroups experienceGroups;

    @Inject
    AddressFailures failures;

    private List<OutboxMail> queued() {
        return outbox.ofKind("DUTY_REMINDER");
    }

    @Test
    void aDutyHolderIsRemindedOfWhatIsMissingOnceEvenWhenTheRemindersRunAgain() {
        LocalDate today = AppClock.today();
        int earlier = queued().size();
        int first = reminders.queueDutyReminders(today, 90);
        assertTrue(first >= 1, "the demo groups' coming duties are reminded of");
        List<OutboxMail> mails = queued().subList(earlier, earlier + first);
        assertEquals(earlier + first, queued().size());
        for (OutboxMail mail : mails) {
            assertTrue(List.of("koordinator@example.dk", "booker@example.dk").contains(mail.getRecipient()),
                    "the duty person of the holding organisation: " + mail.getRecipient());
            assertTrue(mail.getBodyText().contains("- "), "the checklist of what is missing: " + mail.getBodyText());
            assertTrue(mail.getBodyText().contains("network/duties.xhtml"), "a link to the checklist");
        }
        assertEquals(0, reminders.queueDutyReminders(today, 90), "running again queues nothing twice");
        assertEquals(earlier + first, queued().size());
    }

    @Test
    void publishingAnAgendaQueuesAnInvitationWithTheMeetingForEveryParticipantWithAnAddress() {
        Long group = meetingData.groupId("Netværksgruppen i Søndermarkskvarteret");
        Caller coordinator = people.callerFor("Mette Holm",
                Role.COORDINATOR);
        LocalDate today = AppClock.today();
        Meeting meeting = meetings.ofGroup(group, coordinator, today.plusDays(1),
                today.plusMonths(4)).stream().filter(m -> !m.isAgendaPublished()).findFirst().orElseThrow();
        AgendaItemForm item = new AgendaItemForm();
        item.setTitle("Velkommen");
        item.setType(ItemType.INFORMATION);
        item.setMinutes(10);
        meetings.addItem(meeting.getId(), meetingData.meeting(meeting.getId()).getVersion(), item, coordinator);
        meetings.publishAgenda(meeting.getId(), meetingData.meeting(meeting.getId()).getVersion(), coordinator);

        List<OutboxMail> mails = outbox.ofKind("AGENDA_PUBLISHED").stream()
                .filter(m -> m.getBodyText().contains("meeting/meeting.xhtml?id=" + meeting.getId())).toList();
        assertTrue(mails.stream().anyMatch(m -> m.getRecipient().equals("deltager@example.dk")),
                "the participant with an address: " + mails.stream().map(OutboxMail::getRecipient).toList());
        for (OutboxMail mail : mails) {
            assertTrue(mail.getInvitation().contains("METHOD:PUBLISH"), "a calendar entry, not a request without organiser");
            assertTrue(mail.getInvitation().contains("UID:meeting-" + meeting.getId() + "@tovholder"));
            assertTrue(mail.getBodyText().contains("meeting/meeting.xhtml?id=" + meeting.getId()), "a link");
        }
    }

    @Test
    void aPersonWhoTurnedBookingMailOffGetsNoneButStillGetsAgendasAndDutyReminders() {
        Caller booker = people.callerFor("Jonas Berg",
                Role.BOOKER);
        preferences.save(EnumSet.of(MailTopic.AGENDAS,
                MailTopic.MINUTES), false, booker);
        Person jonas = outbox.person("Jonas Berg");
        int bookings = outbox.ofKind("BOOKING_CONFIRMED").size();
        int agendas = outbox.ofKind("AGENDA_PUBLISHED").size();
        int duties = outbox.ofKind("DUTY_REMINDER").size();
        Object[] args = {"x", "y", "z", "w"};
        mail.toPerson(jonas, "BOOKING_CONFIRMED", "mail.booking.confirmed.subject", args, "mail.booking.confirmed.body",
                args, null, null);
        mail.toPerson(jonas, "AGENDA_PUBLISHED", "mail.agenda.subject", args, "mail.agenda.body", args, null, null);
        mail.toPerson(jonas, "DUTY_REMINDER", "mail.duty.subject", args, "mail.duty.body", args, null, null);
        assertEquals(bookings, outbox.ofKind("BOOKING_CONFIRMED").size(), "booking mail turned off");
        assertEquals(agendas + 1, outbox.ofKind("AGENDA_PUBLISHED").size(), "agendas still on");
        assertEquals(duties + 1, outbox.ofKind("DUTY_REMINDER").size(), "duty reminders cannot be turned off");
        assertTrue(!preferences.of(jonas.getId()).get(MailTopic.BOOKINGS));
    }

    @Test
    void anOpenActionItemIsRemindedOfOnceWhenDueSoonAndOnceWhenOverdue() {
        Long group = meetingData.groupId("Netværksgruppen i Søndermarkskvarteret");
        Caller coordinator = people.callerFor("Mette Holm",
                Role.COORDINATOR);
        Long past = meetingData.pastMeeting(group);
        LocalDate today = AppClock.today();
        ActionForm action = new ActionForm();
        action.setWhat("Send invitationen til lektiecaféen ud");
        action.setResponsibleOrganisationId(people.organisationId("Bydelsmødre"));
        action.setDueDate(today.plusDays(1));
        minutes.addAction(past, meetingData.meeting(past).getVersion(), action, coordinator);

        String what = "Send invitationen til lektiecaféen ud";
        reminders.queueActionReminders(today);
        assertEquals(1, outbox.ofKind("ACTION_DUE").stream().filter(m -> m.getRecipient().equals("deltager@example.dk")
                && m.getBodyText().contains(what)).count(),
                "due tomorrow: the responsible organisation's participant in the group is reminded");
        reminders.queueActionReminders(today);
        assertEquals(1, outbox.ofKind("ACTION_DUE").stream().filter(m -> m.getBodyText().contains(what)).count(),
                "not twice");
        reminders.queueActionReminders(today.plusDays(5));
        assertEquals(1, outbox.ofKind("ACTION_OVERDUE").stream().filter(m -> m.getBodyText().contains(what)).count(),
                "overdue: reminded once more");
        reminders.queueActionReminders(today.plusDays(6));
        assertEquals(1, outbox.ofKind("ACTION_OVERDUE").stream().filter(m -> m.getBodyText().contains(what)).count(),
                "and not again");
    }

    @Test
    void whoChoseTheDigestGetsTheirActionItemsOnceAWeekInOneMailInsteadOfOneEach() {
        Long group = meetingData.groupId("Netværksgruppen i Søndermarkskvarteret");
        Caller coordinator = people.callerFor("Mette Holm",
                Role.COORDINATOR);
        Caller amina = people.callerFor("Amina Yusuf");
        Long past = meetingData.pastMeeting(group);
        LocalDate today = AppClock.today();
        String soon = "Digest: bestil kaffe " + System.nanoTime();
        String later = "Digest: skriv til boligforeningen " + System.nanoTime();
        for (String what : List.of(soon, later)) {
            ActionForm action = new ActionForm();
            action.setWhat(what);
            action.setResponsibleOrganisationId(people.organisationId("Bydelsmødre"));
            action.setDueDate(what.equals(soon) ? today.plusDays(1) : today.plusDays(5));
            minutes.addAction(past, meetingData.meeting(past).getVersion(), action, coordinator);
        }
        preferences.save(EnumSet.allOf(MailTopic.class), true, amina);
        try {
            reminders.queueActionReminders(today);
            assertTrue(outbox.ofKind("ACTION_DUE").stream().noneMatch(m -> m.getBodyText().contains(soon)),
                    "no mail of its own for an item of a digest reader");
            List<OutboxMail> digests = outbox.ofKind("ACTION_DIGEST").stream()
                    .filter(m -> m.getRecipient().equals("deltager@example.dk") && m.getBodyText().contains(soon))
                    .toList();
            assertEquals(1, digests.size(), "one digest");
            assertTrue(digests.get(0).getBodyText().contains(later), "with the items due within the week");
            assertTrue(digests.get(0).getBodyText().contains("meeting/actions.xhtml"), "and a link");

            int before = outbox.ofKind("ACTION_DIGEST").size();
            reminders.queueActionReminders(today);
            assertEquals(before, outbox.ofKind("ACTION_DIGEST").size(), "once a week, however often the reminders run");
            reminders.queueActionReminders(today.plusWeeks(1));
            assertTrue(outbox.ofKind("ACTION_DIGEST").stream().anyMatch(m -> m.getId() > digests.get(0).getId()
                    && m.getBodyText().contains(soon + " (Bydelsmødre, Netværksgruppen i Søndermarkskvarteret): senest "
                    + today.plusDays(1) + ", overskredet")), "next week: again, the items now overdue marked so");
        } finally {
            preferences.save(EnumSet.allOf(MailTopic.class), false, amina);
        }
    }

    @Test
    void theParticipantsAndTheFacilitatorAreRemindedOfASessionOnceWithItsStep() {
        String housing = "Frederiksberg Forenede Boligselskaber (FFB)";
        Caller facilitator = people.callerFor("Mette Holm",
                Role.COORDINATOR);
        ExperienceForm form = new ExperienceForm();
        long n = System.nanoTime();
        form.setName("Påmindelser " + n);
        form.setRenovation("Renovering");
        form.setSocialEffort("Helhedsplanen");
        form.setOrganisationId(people.organisationId(housing));
        form.setFacilitatorId(people.personId("Mette Holm"));
        ExperienceGroup group = experienceGroups.create(form, facilitator);
        List<String> addresses = List.of("vm" + n + "@example.dk", "bl" + n + "@example.dk", "br" + n + "@example.dk");
        for (String address : addresses) {
            Long person = outbox.newPerson("Deltager " + address, housing, address);
            group = experienceGroups.addParticipant(group.getId(), group.getVersion(), person,
                    ParticipantRole.OTHER,
                    Department.OPERATIONS, facilitator);
        }
        group = experienceGroups.start(group.getId(), group.getVersion(), facilitator);
        LocalDate tomorrow = AppClock.today().plusDays(1);
        experienceGroups.scheduleSession(group.getId(), group.getVersion(),
                Step.ADVICE, tomorrow, LocalTime.of(13, 0), 120,
                "Beboerhuset", facilitator);

        assertTrue(reminders.queueSessionReminders(AppClock.now()) >= 4);
        Long id = group.getId();
        List<OutboxMail> mails = outbox.ofKind("SESSION_REMINDER").stream()
                .filter(m -> m.getBodyText().contains("experience/group.xhtml?id=" + id)).toList();
        List<String> expected = new ArrayList<>(addresses);
        expected.add("koordinator@example.dk");
        assertEquals(expected.stream().sorted().toList(), mails.stream().map(OutboxMail::getRecipient).sorted().toList(),
                "each participant and the facilitator, once");
        for (OutboxMail mail : mails) {
            assertTrue(mail.getBodyText().contains("De gode råd") && mail.getBodyText().contains("Beboerhuset")
                    && mail.getBodyText().contains("13:00"), "the step, the place and the time: " + mail.getBodyText());
        }
        reminders.queueSessionReminders(AppClock.now());
        assertEquals(4, outbox.ofKind("SESSION_REMINDER").stream()
                .filter(m -> m.getBodyText().contains("experience/group.xhtml?id=" + id)).count(), "not twice");
    }

    @Test
    void noMoreMailIsQueuedForAFailingAddressUntilItIsCleared() {
        String address = "flyttet" + System.nanoTime() + "@example.dk";
        Long personId = outbox.newPerson("Tidligere medarbejder " + address, "Bydelsmødre", address);
        Person person = outbox.person("Tidligere medarbejder " + address);
        Object[] args = {"x", "y", "z", "w"};
        failures.record(address.toUpperCase(Locale.ROOT), FailureSource.BOUNCED,
                "5.1.1 smtp; 550 no such user");
        int before = outbox.ofKind("DUTY_REMINDER").size();
        mail.toPerson(person, "DUTY_REMINDER", "mail.duty.subject", args, "mail.duty.body", args, null, null);
        assertEquals(before, outbox.ofKind("DUTY_REMINDER").size(), "nothing for an address that bounces");

        Caller self = new Caller("x", personId,
                people.organisationId("Bydelsmødre"), Set.of(Role.USER));
        assertTrue(failures.ofCaller(self).isPresent(), "the person sees it");
        Caller other = people.callerFor("Amina Yusuf");
        Assertions.assertThrows(Forbidden.class,
                () -> failures.clear(address, other), "nobody else clears it");
        failures.clear(address, self);
        mail.toPerson(person, "DUTY_REMINDER", "mail.duty.subject", args, "mail.duty.body", args, null, null);
        assertEquals(before + 1, outbox.ofKind("DUTY_REMINDER").size(), "cleared: mail goes again");
    }
}
