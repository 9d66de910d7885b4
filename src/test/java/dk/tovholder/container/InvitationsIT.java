package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.Accounts;
import dk.tovholder.language.Language;
import dk.tovholder.mail.entity.OutboxMail;
import dk.tovholder.meeting.boundary.Invitations;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.GroupForm;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.Refusal;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Send indkaldelse" (the Invitations boundary): who may send it and when,
 * what it queues for each participant (their language, an iTIP request from
 * the coordinator to them, or a published entry when the coordinator has no
 * address), and what it records (the time, the checklist's tick, the audit
 * log); nothing of it when it is refused.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

    private static final String GROUP = "Netværksgruppen i Søndermarkskvarteret";

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    Invitations invitations;

    @Inject
    Meetings meetings;

    @Inject
    NetworkGroups groups;

    @Inject
    Accounts accounts;

    @Inject
    InvitationTestData data;

    @Inject
    MeetingTestData meetingData;

    @Inject
    NetworkTestData people;

    @Inject
    MailTestData mail;

    private Caller coordinator() {
        return people.callerFor("Mette Holm", Role.COORDINATOR);
    }

    /** A one-off meeting of the open group, scheduled by its administrator some weeks ahead. */
    private Meeting oneOff(int daysAhead) {
        return meetings.schedule(meetingData.groupId(GROUP), "Ekstra møde " + UUID.randomUUID().toString().substring(0, 6),
                AppClock.today().plusDays(daysAhead), LocalTime.of(14, 0), 90, "Medborgercentret",
                coordinator());
    }

    private long version(Long meetingId) {
        return meetingData.meeting(meetingId).getVersion();
    }

    private static LocalDate day(Meeting meeting) {
        return meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate();
    }

    @Test
    void everyParticipantWithAnAddressGetsTheInvitationInTheirLanguageAndItIsRecorded() {
        Meeting meeting = oneOff(40);
        Long id = meeting.getId();
        Caller booker = new Caller("booker", people.personId("Jonas Berg"), people.organisationId(
                "Medborgercentret Norden Plads"), Set.of(Role.USER, Role.BOOKER));
        accounts.preferLanguage(booker, Language.EN);
        try {
            Invitations.Sent sent = invitations.send(id, version(id), coordinator());
            assertFalse(sent.again());
            assertEquals("invitation.sent", sent.messageKey());
            List<OutboxMail> mails = data.invitations(id);
            assertEquals(sent.recipients(), mails.size(), "one per participant with an address");
            Map<String, OutboxMail> byRecipient = mails.stream()
                    .collect(Collectors.toMap(OutboxMail::getRecipient, m -> m));
            assertTrue(byRecipient.keySet().containsAll(Set.of("koordinator@example.dk", "deltager@example.dk",
                    "booker@example.dk")), byRecipient.keySet().toString());
            assertTrue(byRecipient.get("deltager@example.dk").getSubject().startsWith("Indkaldelse: "),
                    "Danish: " + byRecipient.get("deltager@example.dk").getSubject());
            assertTrue(byRecipient.get("booker@example.dk").getSubject().startsWith("Invitation: "),
                    "English, as the booker chose: " + byRecipient.get("booker@example.dk").getSubject());
            for (OutboxMail invitation : mails) {
                String ics = invitation.getInvitation();
                assertTrue(ics.contains("METHOD:REQUEST"), ics);
                assertTrue(ics.contains("UID:meeting-" + id + "@tovholder"), ics);
                assertTrue(ics.replace("\r\n ", "").contains("ORGANIZER;CN=Mette Holm:mailto:koordinator@example.dk"),
                        ics);
                assertTrue(ics.replace("\r\n ", "").contains(":mailto:" + invitation.getRecipient()), "the attendee");
            }
            assertNotNull(data.invitationSentAt(id), "when it was sent is stored");
            assertEquals(1, data.invitationTicks(meeting.getGroupId(), day(meeting)), "the checklist ticks itself");
            assertEquals(1, data.audited(id));

            Invitations.Sent again = invitations.send(id, version(id), coordinator());
            assertTrue(again.again(), "sent again, and it says so");
            assertEquals("invitation.sentAgain", again.messageKey());
            assertEquals(2 * sent.recipients(), data.invitations(id).size(), "a new mail for everyone");
            assertTrue(data.invitations(id).stream().filter(m -> m.getRecipient().equals("deltager@example.dk"))
                    .reduce((a, b) -> b).orElseThrow().getSubject().startsWith("Ændret indkaldelse: "));
            assertEquals(1, data.invitationTicks(meeting.getGroupId(), day(meeting)), "ticked once");
            assertEquals(2, data.audited(id));
        } finally {
            accounts.preferLanguage(booker, Language.DEFAULT);
        }
    }

    @Test
    void aParticipantMayNotSendItNorMayAnyoneWithAStaleVersion() {
        Meeting meeting = oneOff(41);
        Caller participant = people.callerFor("Amina Yusuf");
        assertThrows(Forbidden.class, () -> invitations.send(meeting.getId(), version(meeting.getId()), participant));
        assertEquals("refusal.staleEdit", assertThrows(Conflict.class,
                () -> invitations.send(meeting.getId(), version(meeting.getId()) - 1, coordinator())).messageKey());
        assertNull(data.invitationSentAt(meeting.getId()));
        assertEquals(0, data.invitations(meeting.getId()).size());
        assertEquals(0, data.audited(meeting.getId()));
    }

    @Test
    void aCancelledMeetingOrOneThatHasStartedIsNotInvitedTo() {
        Meeting meeting = oneOff(42);
        meetings.cancel(meeting.getId(), version(meeting.getId()), "Ingen dagsorden", coordinator());
        assertEquals("meeting.cancelled", assertThrows(Conflict.class,
                () -> invitations.send(meeting.getId(), version(meeting.getId()), coordinator())).messageKey());
        assertEquals(0, data.invitations(meeting.getId()).size());
        assertEquals(0, data.invitationTicks(meeting.getGroupId(), day(meeting)));

        Long started = meetingData.pastMeeting(meetingData.groupId(GROUP));
        assertEquals("invitation.past", assertThrows(Conflict.class,
                () -> invitations.send(started, version(started), coordinator())).messageKey());
        assertNull(data.invitationSentAt(started));
        assertEquals(0, data.audited(started));
    }

    @Test
    void withoutTheCoordinatorsAddressTheEntryIsPublishedAndWithoutAnyParticipantsAddressNothingIsSent() {
        String name = "Uden adresse " + UUID.randomUUID().toString().substring(0, 6);
        people.newPerson(name, "Røde Kors");
        Caller noAddress = people.callerFor(name, Role.COORDINATOR);
        GroupForm form = new GroupForm();
        form.setName("Testgruppe indkaldelse " + UUID.randomUUID().toString().substring(0, 8));
        form.setPurpose("Integrationstest");
        LocalDate start = AppClock.today().plusDays(3);
        form.setCadenceKind(CadenceKind.WEEKLY);
        form.setWeeks(1);
        form.setDay(start.getDayOfWeek());
        form.setRotaStart(start);
        form.setFirstDate(start);
        Long groupId = groups.create(form, noAddress).getId();
        Meeting meeting = meetings.schedule(groupId, "Møde uden adresser", AppClock.today().plusDays(20),
                LocalTime.of(10, 0), 60, null, noAddress);
        assertEquals("invitation.nobody", assertThrows(Refusal.class,
                () -> invitations.send(meeting.getId(), version(meeting.getId()), noAddress)).messageKey(),
                "its only participant, the creator, has no address");
        assertNull(data.invitationSentAt(meeting.getId()), "nothing recorded");
        assertEquals(0, data.invitationTicks(groupId, day(meeting)), "nothing ticked");

        // the open group's participants have addresses; its administrator sends it without one of their own
        Caller administrator = new Caller(name, noAddress.personId(), noAddress.organisationId(),
                Set.of(Role.USER, Role.ADMIN));
        Meeting open = oneOff(43);
        invitations.send(open.getId(), version(open.getId()), administrator);
        List<OutboxMail> mails = data.invitations(open.getId());
        assertFalse(mails.isEmpty());
        for (OutboxMail invitation : mails) {
            assertTrue(invitation.getInvitation().contains("METHOD:PUBLISH"), "nobody to answer to: published");
            assertFalse(invitation.getInvitation().contains("ORGANIZER"), invitation.getInvitation());
        }
    }
}
