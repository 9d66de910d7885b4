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
        return Deployments.tovholder(RemindersIT.class, MailTestData.class);
    }

    @Inject
    Reminders reminders;

    @Inject
    MailTestData outbox;

    private List<OutboxMail> queued() {
        return outbox.ofKind("DUTY_REMINDER");
    }

    @Test
    void aDutyHolderIsRemindedOfWhatIsMissingOnceEvenWhenTheRemindersRunAgain() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        int first = reminders.queueDutyReminders(today, 90);
        assertTrue(first >= 1, "the demo groups' coming duties are reminded of");
        List<OutboxMail> mails = queued();
        assertEquals(first, mails.size());
        for (OutboxMail mail : mails) {
            assertTrue(List.of("koordinator@example.dk", "booker@example.dk").contains(mail.getRecipient()),
                    "the duty person of the holding organisation: " + mail.getRecipient());
            assertTrue(mail.getBodyText().contains("- "), "the checklist of what is missing: " + mail.getBodyText());
            assertTrue(mail.getBodyText().contains("network/duties.xhtml"), "a link to the checklist");
        }
        assertEquals(0, reminders.queueDutyReminders(today, 90), "running again queues nothing twice");
        assertEquals(first, queued().size());
    }
}
