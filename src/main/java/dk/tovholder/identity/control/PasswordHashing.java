package dk.tovholder.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with the container's {@link Pbkdf2PasswordHash}. The
 * parameters follow OWASP's advice for PBKDF2-HMAC-SHA512; every stored hash
 * carries its own algorithm, iterations and salt, so raising them later only
 * affects new hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=64";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", value(ALGORITHM),
                "Pbkdf2PasswordHash.Iterations", value(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", value(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", value(KEY_BYTES)));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }
}
