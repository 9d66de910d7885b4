package dk.tovholder.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("karen", "hyldebær og rugbrød"));
    }

    @Test
    void refusesShortPasswords() {
        assertEquals(Optional.of("password.rule.length"), PasswordPolicy.violation("karen", "kort123"));
        assertEquals(Optional.of("password.rule.length"), PasswordPolicy.violation("karen", null));
    }

    @Test
    void refusesOverlongPasswords() {
        assertEquals(Optional.of("password.rule.tooLong"), PasswordPolicy.violation("karen", "ab1".repeat(50)));
    }

    @Test
    void refusesTheUsernameInsideThePassword() {
        assertEquals(Optional.of("password.rule.username"), PasswordPolicy.violation("karen", "Karen-er-sej-2026"));
    }

    @Test
    void refusesCommonAndMonotonousPasswords() {
        assertEquals(Optional.of("password.rule.common"), PasswordPolicy.violation("karen", "Adgangskode"));
        assertEquals(Optional.of("password.rule.common"), PasswordPolicy.violation("karen", "aaaaaaaaaaaa"));
        assertEquals(Optional.of("password.rule.common"), PasswordPolicy.violation("karen", "abababababab"));
    }
}
