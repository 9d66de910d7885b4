package dk.tovholder.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** What the test SMTP server (GreenMail) received. */
final class Mails {

    private Mails() {
    }

    /** The first message to the address whose subject contains the text, waiting up to a minute. */
    static MimeMessage await(GreenMailExtension smtp, String to, String subjectPart) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equals(to)) && m.getSubject().contains(subjectPart);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + to + " about " + subjectPart + "; got "
                + Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        return "?";
                    }
                }).toList());
    }

    /** The plain-text part, decoded. */
    static String text(MimeMessage message) throws Exception {
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        return (String) parts.getBodyPart(0).getContent();
    }
}
