package dk.tovholder.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Delivery status notifications (RFC 3464) as a mail server sends them back. */
public class DeliveryReportsTest {

    public static MimeMessage bounce(String recipient, String delayed) throws Exception {
        try (InputStream in = DeliveryReportsTest.class.getResourceAsStream("/mail/bounce.eml")) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("<RECIPIENT>", recipient)
                    .replace("<DELAYED>", delayed);
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aFailedRecipientIsReportedWithStatusAndDiagnosticAndADelayedOneIsNot() throws Exception {
        List<DeliveryReports.Failure> failures = DeliveryReports.failures(bounce("Kirsten@Example.dk",
                "venter@example.dk"));
        assertEquals(1, failures.size(), "only the failed one: " + failures);
        assertEquals("kirsten@example.dk", failures.get(0).address(), "the address, in lower case");
        assertTrue(failures.get(0).reason().startsWith("5.1.1 smtp; 550 5.1.1"), failures.get(0).reason());
        assertTrue(failures.get(0).reason().contains("User unknown in local recipient table"),
                "the folded diagnostic on one line: " + failures.get(0).reason());
    }

    @Test
    void anOrdinaryMessageInTheBounceMailboxYieldsNothing() throws Exception {
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setSubject("Re: Dagsorden");
        reply.setText("Tak, jeg kommer.", "UTF-8");
        reply.saveChanges();
        assertTrue(DeliveryReports.failures(reply).isEmpty());
    }

    @Test
    void aReportWhoseRecipientHasNoAddressYieldsNothing() throws Exception {
        assertTrue(DeliveryReports.parse(("Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: x400; garbled\r\n"
                + "Action: failed\r\nStatus: 5.0.0\r\n").getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }
}
