package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.mail.boundary.Reminders;
import dk.tovholder.mail.entity.OutboxMail;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coordinator duty reminders: queued with the checklist of what is missing, once per duty and person. */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder(RemindersIT.class, MailTestData.class, MeetingTestData.class, NetworkTestData.class);
    }

    @Inject
    Reminders reminders;

    @Inject
    MailTestData outbox;

    @Inject
    dk.tovholder.mail.boundary.MailPreferences preferences;

    @Inject
    dk.tovholder.mail.boundary.Outbox mail;

    @Inject
    dk.tovholder.meeting.boundary.Meetings meetings;

    @Inject
    MeetingTestData meetingData;

    @Inject
    NetworkTestData people;

    private List<OutboxMail> queued() {
        return outbox.ofKind("DUTY_REMINDER");
    }

    @Test
    void aDutyHolderIsRemindedOfWhatIsMissingOnceEvenWhenTheRemindersRunAgain() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
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
        dk.tovholder.identity.entity.Caller coordinator = people.callerFor("Mette Holm",
                dk.tovholder.identity.entity.Role.COORDINATOR);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        dk.tovholder.meeting.entity.Meeting meeting = meetings.ofGroup(group, coordinator, today.plusDays(1),
                today.plusMonths(4)).stream().filter(m -> !m.isAgendaPublished()).findFirst().orElseThrow();
        dk.tovholder.meeting.boundary.AgendaItemForm item = new dk.tovholder.meeting.boundary.AgendaItemForm();
        item.setTitle("Velkommen");
        item.setType(dk.tovholder.meeting.entity.ItemType.INFORMATION);
        item.setMinutes(10);
        meetings.addItem(meeting.getId(), meetingData.meeting(meeting.getId()).getVersion(), item, coordinator);
        meetings.publishAgenda(meeting.getId(), meetingData.meeting(meeting.getId()).getVersion(), coordinator);

        List<OutboxMail> mails = outbox.ofKind("AGENDA_PUBLISHED").stream()
                .filter(m -> m.getBodyText().contains("meeting/meeting.xhtml?id=" + meeting.getId())).toList();
        assertTrue(mails.stream().anyMatch(m -> m.getRecipient().equals("deltager@example.dk")),
                "the participant with an address: " + mails.stream().map(OutboxMail::getRecipient).toList());
        for (OutboxMail mail : mails) {
            assertTrue(mail.getInvitation().contains("METHOD:REQUEST"), "an invitation for the calendar");
            assertTrue(mail.getInvitation().contains("UID:meeting-" + meeting.getId() + "@tovholder"));
            assertTrue(mail.getBodyText().contains("meeting/meeting.xhtml?id=" + meeting.getId()), "a link");
        }
    }

    @Test
    void aPersonWhoTurnedBookingMailOffGetsNoneButStillGetsAgendasAndDutyReminders() {
        dk.tovholder.identity.entity.Caller booker = people.callerFor("Jonas Berg",
                dk.tovholder.identity.entity.Role.BOOKER);
        preferences.save(java.util.EnumSet.of(dk.tovholder.mail.entity.MailTopic.AGENDAS,
                dk.tovholder.mail.entity.MailTopic.MINUTES), booker);
        dk.tovholder.organisation.entity.Person jonas = outbox.person("Jonas Berg");
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
        assertTrue(!preferences.of(jonas.getId()).get(dk.tovholder.mail.entity.MailTopic.BOOKINGS));
    }

    @Test
    void anOpenActionItemIsRemindedOfOnceWhenDueSoonAndOnceWhenOverdue() {
        Long group = meetingData.groupId("Netværksgruppen i Søndermarkskvarteret");
        dk.tovholder.identity.entity.Caller coordinator = people.callerFor("Mette Holm",
                dk.tovholder.identity.entity.Role.COORDINATOR);
        Long past = meetingData.pastMeeting(group);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        dk.tovholder.meeting.boundary.ActionForm action = new dk.tovholder.meeting.boundary.ActionForm();
        action.setWhat("Send invitationen til lektiecaféen ud");
        action.setResponsibleOrganisationId(people.organisationId("Bydelsmødre"));
        action.setDueDate(today.plusDays(1));
        meetings.addAction(past, meetingData.meeting(past).getVersion(), action, coordinator);

        int due = reminders.queueActionReminders(today);
        assertTrue(due >= 1, "due tomorrow: reminded");
        assertTrue(outbox.ofKind("ACTION_DUE").stream().anyMatch(m -> m.getRecipient().equals("deltager@example.dk")
                && m.getBodyText().contains("Send invitationen til lektiecaféen ud")),
                "the responsible organisation's participant in the group");
        assertEquals(0, reminders.queueActionReminders(today), "not twice");
        int overdue = reminders.queueActionReminders(today.plusDays(5));
        assertTrue(overdue >= 1, "overdue: reminded once more");
        assertEquals(0, reminders.queueActionReminders(today.plusDays(6)), "and not again");
    }
}
