package dk.tovholder.mail.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads delivery status notifications (RFC 3464: a multipart/report with a
 * message/delivery-status part): which recipients failed for good, and why.
 * Delayed or relayed reports, and anything else in the bounce mailbox, yield
 * nothing.
 */
public final class DeliveryReports {

    /** A recipient the report says could not be reached. */
    public record Failure(String address, String reason) {
    }

    private DeliveryReports() {
    }

    public static List<Failure> failures(Part message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")) {
            return List.of();
        }
        if (!(message.getContent() instanceof Multipart report)) {
            return List.of();
        }
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                try (InputStream in = part.getInputStream()) {
                    failures.addAll(parse(in.readAllBytes()));
                }
            }
        }
        return failures;
    }

    /** The per-recipient fields of a delivery-status body: blocks of header lines, the first one per message. */
    static List<Failure> parse(byte[] status) throws MessagingException {
        List<Failure> failures = new ArrayList<>();
        ByteArrayInputStream in = new ByteArrayInputStream(status);
        new InternetHeaders(in); // the per-message fields
        while (in.available() > 0) {
            InternetHeaders recipient = new InternetHeaders(in);
            String action = recipient.getHeader("Action", null);
            String finalRecipient = recipient.getHeader("Final-Recipient", null);
            if (action == null || finalRecipient == null || !action.strip().equalsIgnoreCase("failed")) {
                continue;
            }
            String address = finalRecipient.contains(";") ? finalRecipient.substring(finalRecipient.indexOf(';') + 1)
                    : finalRecipient;
            address = address.strip().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
            if (!address.contains("@")) {
                continue;
            }
            String code = recipient.getHeader("Status", null);
            String diagnostic = recipient.getHeader("Diagnostic-Code", null);
            String reason = ((code == null ? "" : code.strip()) + " " + (diagnostic == null ? ""
                    : diagnostic.replaceAll("\\s+", " ").strip())).strip();
            failures.add(new Failure(address, reason.isEmpty() ? "bounced" : reason));
        }
        return failures;
    }
}
