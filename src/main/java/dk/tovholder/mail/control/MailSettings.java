package dk.tovholder.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail settings ({@code tovholder.mail.*} in {@code config/tovholder.properties}, see
 * docs/operations.md), in one place: whether mail is on, the SMTP server the outbox sends through,
 * the bounce mailbox it reads, and how often the reminders are queued.
 */
@ApplicationScoped
public class MailSettings {

    // Optional, not defaultValue = "": an empty default counts as no value, and the deployment fails

    @Inject
    @ConfigProperty(name = "tovholder.mail.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tovholder.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "tovholder.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "tovholder.mail.from", defaultValue = "tovholder@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "tovholder.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "tovholder.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tovholder.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "tovholder.mail.send-seconds", defaultValue = "5")
    int sendSeconds;

    @Inject
    @ConfigProperty(name = "tovholder.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "tovholder.mail.reminder-seconds", defaultValue = "3600")
    int reminderSeconds;

    @Inject
    @ConfigProperty(name = "tovholder.mail.session-reminder-days", defaultValue = "2")
    int sessionReminderDays;

    @Inject
    @ConfigProperty(name = "tovholder.mail.duty-reminder-days", defaultValue = "7")
    int dutyReminderDays;

    /** Where delivery status notifications go (the envelope sender): the bounce mailbox's address. */
    @Inject
    @ConfigProperty(name = "tovholder.mail.bounce.address")
    Optional<String> bounceAddress;

    @Inject
    @ConfigProperty(name = "tovholder.mail.bounce.host")
    Optional<String> bounceHost;

    @Inject
    @ConfigProperty(name = "tovholder.mail.bounce.port", defaultValue = "993")
    int bouncePort;

    @Inject
    @ConfigProperty(name = "tovholder.mail.bounce.protocol", defaultValue = "imaps")
    String bounceProtocol;

    @Inject
    @ConfigProperty(name = "tovholder.mail.bounce.username")
    Optional<String> bounceUsername;

    @Inject
    @ConfigProperty(name = "tovholder.mail.bounce.password")
    Optional<String> bouncePassword;

    @Inject
    @ConfigProperty(name = "tovholder.mail.bounce.poll-seconds", defaultValue = "300")
    int bouncePollSeconds;

    /** Whether mail is sent and reminders queued at all (off on the benchmark's and the crash tests' servers). */
    public boolean enabled() {
        return enabled;
    }

    /** The sender every message shows. */
    public String from() {
        return from;
    }

    /** How often the outbox is looked at for messages due (at least every second). */
    public Duration sendInterval() {
        return Duration.ofSeconds(Math.max(1, sendSeconds));
    }

    /** How long a message that could not be sent waits before the next attempt. */
    public Duration retry() {
        return Duration.ofSeconds(retrySeconds);
    }

    /** How often the reminders due are queued (at least every second). */
    public Duration reminderInterval() {
        return Duration.ofSeconds(Math.max(1, reminderSeconds));
    }

    /** Days ahead a coming experience group session is reminded of. */
    public int sessionReminderDays() {
        return sessionReminderDays;
    }

    /** Days ahead a coming coordinator duty is reminded of. */
    public int dutyReminderDays() {
        return dutyReminderDays;
    }

    /** A mail session for the SMTP server: timeouts, STARTTLS, login when a user is set, the envelope sender. */
    public Session smtp() {
        return Session.getInstance(smtpProperties(), authenticator());
    }

    Properties smtpProperties() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        present(bounceAddress).ifPresent(address -> properties.put("mail.smtp.from", address));
        if (present(username).isPresent()) {
            properties.put("mail.smtp.auth", "true");
        }
        return properties;
    }

    private Authenticator authenticator() {
        Optional<String> user = present(username);
        if (user.isEmpty()) {
            return null;
        }
        PasswordAuthentication login = new PasswordAuthentication(user.get(), password.orElse(""));
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return login;
            }
        };
    }

    /** Whether a bounce mailbox is set (and mail is on), so that it is read. */
    public boolean readsBounces() {
        return enabled && present(bounceHost).isPresent();
    }

    /** How often the bounce mailbox is read (at least every second). */
    public Duration bouncePoll() {
        return Duration.ofSeconds(Math.max(1, bouncePollSeconds));
    }

    /** The bounce mailbox as the log names it, e.g. imaps://mail.example.dk:993. */
    public String bounceMailbox() {
        return bounceProtocol + "://" + bounceHost.orElse("") + ":" + bouncePort;
    }

    /** The bounce mailbox's store, connected; the caller closes it. */
    public Store openBounceMailbox() throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail." + bounceProtocol + ".connectiontimeout", "5000");
        properties.put("mail." + bounceProtocol + ".timeout", "10000");
        Store store = Session.getInstance(properties).getStore(bounceProtocol);
        store.connect(bounceHost.orElseThrow(), bouncePort, bounceUsername.orElse(""), bouncePassword.orElse(""));
        return store;
    }

    private static Optional<String> present(Optional<String> setting) {
        return setting.filter(value -> !value.isBlank());
    }
}
