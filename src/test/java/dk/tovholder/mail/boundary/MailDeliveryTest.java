package dk.tovholder.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

/** Which SMTP refusals mark an address as failing, and which are only tried again later. */
class MailDeliveryTest {

    private static final Address[] ONE = {address()};
    private static final Address[] NONE = {};

    private static Address address() {
        try {
            return new InternetAddress("kirsten@example.dk");
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRecipientRefusedForGoodIsFailing() {
        assertTrue(MailDelivery.refusedForGood(new SendFailedException("550 5.1.1 unknown", null, NONE, NONE, ONE)));
    }

    @Test
    void aRecipientRefusedForNowIsTriedAgain() {
        assertFalse(MailDelivery.refusedForGood(new SendFailedException("451 4.3.0 try later", null, NONE, ONE, NONE)));
        assertFalse(MailDelivery.refusedForGood(new SendFailedException("no recipients", null, null, null, null)));
    }
}
