package dk.tovholder.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String encode(String pair) {
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesUsernameAndPasswordWithColonsAndDanishLetters() {
        UsernamePasswordCredential credential = Authentication.decodeBasic(encode("Koordinator:blå:bær æøå"));
        assertEquals("koordinator", credential.getCaller());
        assertEquals("blå:bær æøå", credential.getPasswordAsString());
    }

    @Test
    void rejectsMalformedHeaders() {
        assertNull(Authentication.decodeBasic("not base64!"));
        assertNull(Authentication.decodeBasic(encode("no-colon")));
        assertNull(Authentication.decodeBasic(encode(":password-without-user")));
    }
}
