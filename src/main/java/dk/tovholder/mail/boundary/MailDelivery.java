package dk.tovholder.mail.boundary;

import dk.tovholder.calendar.control.IcsWriter;
import dk.tovholder.clock.AppClock;
import dk.tovholder.mail.control.MailSettings;
import dk.tovholder.mail.entity.FailureSource;
import dk.tovholder.mail.entity.MailStatus;
import dk.tovholder.mail.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.util.logging.Logger;

/**
 * Sends one message of the outbox with Jakarta Mail over SMTP (settings in
 * {@code config/tovholder.properties}), in a transaction of its own: sent,
 * or the failure and the next attempt recorded.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    AddressFailures failures;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(Long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE); // one sender per message
        if (mail == null || mail.getStatus() != MailStatus.PENDING || mail.getNextAttemptAt().isAfter(AppClock.now())) {
            return;
        }
        try {
            Transport.send(message(mail));
            mail.sent(AppClock.now());
        } catch (SendFailedException e) {
            if (refusedForGood(e)) {
                LOG.info(() -> "mail " + id + ": the SMTP server refused " + mail.getRecipient() + ": "
                        + e.getMessage());
                mail.refused(e.getMessage(), AppClock.now());
                failures.record(mail.getRecipient(), FailureSource.REFUSED, e.getMessage());
            } else {
                mail.failed(e.getMessage(), AppClock.now(), settings.retry());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.fine(() -> "mail " + id + " to " + mail.getRecipient() + " not sent: " + e);
            mail.failed(e.getMessage(), AppClock.now(), settings.retry());
        }
    }

    /**
     * Whether the server refused the recipient for good: Jakarta Mail puts
     * permanently refused recipients (5xx) among the invalid addresses and
     * temporarily refused ones (4xx) among the valid unsent ones.
     */
    static boolean refusedForGood(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        Address[] unsent = e.getValidUnsentAddresses();
        return invalid != null && invalid.length > 0 && (unsent == null || unsent.length == 0);
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException, UnsupportedEncodingException {
        Session session = settings.smtp();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), "Tovholder", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBodyText(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.getBodyHtml(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (mail.getInvitation() != null) {
            // the invitation as calendar programs expect it: an alternative text/calendar part with its method
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(mail.getInvitation(), "text/calendar; charset=UTF-8; method="
                    + IcsWriter.methodOf(mail.getInvitation()));
            calendar.setHeader("Content-Class", "urn:content-classes:calendarmessage");
            alternative.addBodyPart(calendar);
        }
        message.setContent(alternative);
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
