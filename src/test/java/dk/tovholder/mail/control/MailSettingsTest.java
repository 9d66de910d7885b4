package dk.tovholder.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    /** The settings as MicroProfile Config gives them with config/tovholder.properties' defaults. */
    private static MailSettings defaults() {
        MailSettings settings = new MailSettings();
        settings.enabled = true;
        settings.host = "localhost";
        settings.port = 25;
        settings.from = "tovholder@localhost";
        settings.username = Optional.empty();
        settings.password = Optional.empty();
        settings.retrySeconds = 60;
        settings.reminderSeconds = 3600;
        settings.bounceAddress = Optional.empty();
        settings.bounceHost = Optional.empty();
        settings.bouncePort = 993;
        settings.bounceProtocol = "imaps";
        settings.bounceUsername = Optional.empty();
        settings.bouncePassword = Optional.empty();
        settings.bouncePollSeconds = 300;
        return settings;
    }

    @Test
    void withoutAUserTheSmtpServerIsNotAskedToLogIn() {
        MailSettings settings = defaults();
        settings.username = Optional.of(" ");
        Properties smtp = settings.smtpProperties();
        assertEquals("localhost", smtp.get("mail.smtp.host"));
        assertEquals("25", smtp.get("mail.smtp.port"));
        assertFalse(smtp.containsKey("mail.smtp.auth"), "a blank user is no user");
        assertFalse(smtp.containsKey("mail.smtp.from"), "the envelope sender is the From address");
    }

    @Test
    void aUserLogsInAndABounceAddressBecomesTheEnvelopeSender() throws Exception {
        MailSettings settings = defaults();
        settings.host = "smtp.example.dk";
        settings.port = 587;
        settings.starttls = true;
        settings.username = Optional.of("tovholder");
        settings.password = Optional.of("hemmeligt");
        settings.bounceAddress = Optional.of("bounces@example.dk");
        Session session = settings.smtp();
        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.enable"));
        assertEquals("bounces@example.dk", session.getProperty("mail.smtp.from"));
        PasswordAuthentication login = session.requestPasswordAuthentication(InetAddress.getLoopbackAddress(), 587,
                "smtp", null, null);
        assertEquals("tovholder", login.getUserName());
        assertEquals("hemmeligt", login.getPassword());
    }

    @Test
    void theBounceMailboxIsReadOnlyWhenSetAndMailIsOn() {
        MailSettings settings = defaults();
        assertFalse(settings.readsBounces(), "no host, no reading");
        settings.bounceHost = Optional.of("imap.example.dk");
        assertTrue(settings.readsBounces());
        assertEquals("imaps://imap.example.dk:993", settings.bounceMailbox());
        settings.enabled = false;
        assertFalse(settings.readsBounces(), "mail off: no reading either");
    }

    @Test
    void intervalsAreAtLeastASecond() {
        MailSettings settings = defaults();
        settings.reminderSeconds = 0;
        settings.bouncePollSeconds = -5;
        assertEquals(Duration.ofSeconds(1), settings.reminderInterval());
        assertEquals(Duration.ofSeconds(1), settings.bouncePoll());
        assertEquals(Duration.ofMinutes(1), settings.retry());
        assertNull(defaults().smtp().getProperty("mail.smtp.auth"));
    }
}
