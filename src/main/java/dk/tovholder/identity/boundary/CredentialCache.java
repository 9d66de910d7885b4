package dk.tovholder.identity.boundary;

import dk.tovholder.cluster.boundary.Cluster;
import dk.tovholder.identity.control.TokenUse;
import dk.tovholder.identity.control.VerifiedCredentials;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's {@link VerifiedCredentials}, kept true across the cluster: when a
 * user's password changes, the account is deactivated or a token is revoked,
 * the change is {@linkplain #changed announced} once its transaction has
 * committed, and every node drops what it remembered (this one at once, too,
 * before the commit). Deactivation and password resets also end the user's
 * sessions ({@link SessionRegistry}); that order drops the credentials as well.
 */
@ApplicationScoped
public class CredentialCache {

    static final String FORGET = "tovholder.credentials.forget";
    private static final String USER = "user:";
    private static final String TOKEN = "token:";

    /** A user's credentials changed (password, deactivation) or one token was revoked ({@code tokenId} set). */
    public record Changed(String username, Long tokenId) {

        public static Changed user(String username) {
            return new Changed(username, null);
        }

        public static Changed token(long tokenId) {
            return new Changed(null, tokenId);
        }
    }

    @Inject
    Cluster cluster;

    @Inject
    Clock clock;

    /** How long verified credentials are remembered; 0: not at all (every request is checked). */
    @Inject
    @ConfigProperty(name = "tovholder.login.basic-cache-seconds", defaultValue = "300")
    int seconds;

    @Inject
    @ConfigProperty(name = "tovholder.login.basic-cache-entries", defaultValue = "10000")
    int maxEntries;

    private VerifiedCredentials credentials;
    private TokenUse tokenUse;

    @PostConstruct
    void configure() {
        credentials = new VerifiedCredentials(clock, Duration.ofSeconds(Math.max(0, seconds)), Math.max(1, maxEntries));
        tokenUse = new TokenUse(clock, Duration.ofMinutes(1));
    }

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.listen(FORGET, this::forgetHere);
        cluster.listen(SessionRegistry.END_SESSIONS, credentials::forgetUser);
    }

    public VerifiedCredentials credentials() {
        return credentials;
    }

    public TokenUse tokenUse() {
        return tokenUse;
    }

    /** Drops the change on this node now (inside the transaction that makes it). */
    public void forgetNow(Changed change) {
        if (change.tokenId() != null) {
            credentials.forgetToken(change.tokenId());
            tokenUse.forget(change.tokenId());
        } else {
            credentials.forgetUser(change.username());
        }
    }

    /** Once the change has committed: every node drops it (a verification between the two is dropped again). */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        cluster.publish(FORGET, change.tokenId() != null ? TOKEN + change.tokenId() : USER + change.username());
    }

    private void forgetHere(String message) {
        if (message.startsWith(TOKEN)) {
            forgetNow(Changed.token(Long.parseLong(message.substring(TOKEN.length()))));
        } else if (message.startsWith(USER)) {
            forgetNow(Changed.user(message.substring(USER.length())));
        }
    }
}
