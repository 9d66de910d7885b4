package dk.tovholder.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** What the test SMTP server (GreenMail) received. */
final class Mails {

    private Mails() {
    }

    /**
     * The tests' own mail server: SMTP where the test server sends (3025; 3035 in the postgresql
     * profile, so that the PostgreSQL suite can run beside the H2 suite) and IMAP for the bounces
     * (3143; 3153).
     */
    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.port(Integer.getInteger("tovholder.it.smtp.port", ServerSetupTest.SMTP.getPort())),
            ServerSetupTest.IMAP.port(Integer.getInteger("tovholder.it.imap.port", ServerSetupTest.IMAP.getPort()))
        });
    }

    /**
     * The first message to the address whose subject contains the text, waiting up to a minute; if none
     * comes, the failure says what the outbox shows of the address.
     */
    static MimeMessage await(GreenMailExtension smtp, String to, String subjectPart) throws Exception {
        try {
            return Awaitility.await("mail to " + to + " about " + subjectPart).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).until(() -> find(smtp, to, subjectPart), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException none) {
            throw new AssertionError("no mail to " + to + " about " + subjectPart + "; got "
                    + Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                        try {
                            return m.getSubject();
                        } catch (Exception e) {
                            return "?";
                        }
                    }).toList() + "; the outbox shows " + outbox(to), none);
        }
    }

    /** The administrator's outbox rows of the messages to the address: sent, waiting with its error, or failed. */
    static List<Element> outboxRows(String to) {
        return Jsoup.parse(Server.get("admin/outbox.xhtml", "admin").body()).select("[id$=mails_data] tr").stream()
                .filter(row -> row.text().contains(to)).toList();
    }

    /** What the administrator's outbox shows of the messages to the address, for a failure's message. */
    private static List<String> outbox(String to) {
        try {
            return outboxRows(to).stream().map(Element::text).limit(5).toList();
        } catch (RuntimeException e) {
            return List.of("(not readable: " + e + ")");
        }
    }

    private static Optional<MimeMessage> find(GreenMailExtension smtp, String to, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(to)) && m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                return false;
            }
        }).findFirst();
    }

    /** The plain-text part, decoded. */
    static String text(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        return (String) parts.getBodyPart(0).getContent();
    }
}
