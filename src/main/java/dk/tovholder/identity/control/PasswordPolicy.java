package dk.tovholder.identity.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a new password must meet: long enough to resist guessing, not the
 * username, and not one of the passwords everybody tries first. Returns the
 * message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "1234567890", "0123456789", "password12", "password123", "qwertyuiop",
            "adgangskode", "kodeord123", "sommer2024", "sommer2025", "sommer2026",
            "vinter2025", "vinter2026", "tovholder1", "tovholder123");

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.rule.length");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.rule.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.rule.username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("password.rule.common");
        }
        return Optional.empty();
    }
}
