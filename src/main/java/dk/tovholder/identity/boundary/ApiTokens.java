package dk.tovholder.identity.boundary;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.identity.control.VerifiedCredentials;
import dk.tovholder.identity.control.VerifiedCredentials.Verified;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.identity.entity.ApiToken;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens: a person makes one for each system that calls the API
 * on their behalf, sees its secret once, and revokes it. A request with the
 * token acts as its owner with the owner's current roles (one SQL statement
 * when it is not remembered, none when it is; "last used" is written at most
 * once a minute). A token may be used to manage the owner's tokens too: it
 * is the owner, no more and no less.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CredentialCache cache;

    @Inject
    Event<CredentialCache.Changed> changes;

    public List<ApiToken> of(@NotNull Caller caller) {
        if (caller.isAnonymous()) {
            return List.of();
        }
        return em.createNamedQuery(ApiToken.FIND_BY_OWNER, ApiToken.class)
                .setParameter("username", caller.username()).getResultList();
    }

    /** A new token with the name; its {@link ApiToken#getSecret() secret} is on the returned object only. */
    @Audited(AuditAction.API_TOKEN_CREATED)
    public ApiToken create(@NotNull Caller caller, @NotBlank(message = "{apiToken.name.required}") @Size(
            max = ApiToken.NAME_MAX, message = "{apiToken.name.tooLong}") String name) {
        if (caller.isAnonymous()) {
            throw new Forbidden("refusal.forbidden");
        }
        String stripped = name.strip();
        Account found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", caller.username()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("account", caller.username()));
        // the account's row alone is locked: two tokens of one name made at once cannot both pass the check
        Account account = em.find(Account.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        boolean taken = !em.createNamedQuery(ApiToken.FIND_BY_OWNER_AND_NAME, ApiToken.class)
                .setParameter("username", caller.username()).setParameter("name", stripped).getResultList().isEmpty();
        if (taken) {
            throw new Conflict("name", "apiToken.name.taken", stripped);
        }
        ApiToken token = ApiToken.issue(account, stripped, Instant.now(clock));
        em.persist(token);
        return token;
    }

    /** Revokes (deletes) one of the caller's tokens; it stops working at once, on every node. */
    @Audited(AuditAction.API_TOKEN_REVOKED)
    public ApiToken revoke(@NotNull Long tokenId, @NotNull Caller caller) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.belongsTo(caller.username())) {
            throw new NotFound("apiToken", tokenId);
        }
        em.remove(token);
        CredentialCache.Changed change = CredentialCache.Changed.token(tokenId);
        cache.forgetNow(change);
        changes.fire(change);
        return token;
    }

    /**
     * Who the secret's token acts for (username and current roles), if it is a
     * token of an active account; marks it used.
     */
    public Optional<Verified> holderOf(String secret) {
        if (!ApiToken.looksLikeSecret(secret)) {
            return Optional.empty();
        }
        String digest = ApiToken.digestOf(secret);
        VerifiedCredentials credentials = cache.credentials();
        Optional<Verified> remembered = credentials.token(digest);
        Instant stored = null;
        Verified holder;
        if (remembered.isPresent()) {
            holder = remembered.get();
        } else {
            long since = credentials.generation();
            List<Object[]> rows = em.createNamedQuery(ApiToken.HOLDER_BY_DIGEST, Object[].class)
                    .setParameter("digest", digest).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Set<String> groups = new HashSet<>();
            for (Object[] row : rows) {
                groups.add(((Role) row[3]).name());
            }
            Object[] first = rows.get(0);
            stored = (Instant) first[2];
            holder = new Verified(((String) first[1]).toLowerCase(Locale.ROOT), groups, (Long) first[0]);
            credentials.rememberToken(digest, holder, since);
        }
        Instant now = cache.tokenUse().due(holder.tokenId(), stored);
        if (now != null) {
            em.createNamedQuery(ApiToken.MARK_USED).setParameter("now", now).setParameter("id", holder.tokenId())
                    .executeUpdate();
        }
        return Optional.of(holder);
    }
}
