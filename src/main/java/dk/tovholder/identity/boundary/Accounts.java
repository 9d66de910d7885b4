package dk.tovholder.identity.boundary;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.boundary.AuditedId;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.identity.control.PasswordHashing;
import dk.tovholder.identity.control.PasswordPolicy;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.language.Language;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Logins: administrators create accounts, reset passwords and deactivate
 * (history stays); every user changes their own password and language.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    SessionRegistry sessions;

    @Inject
    CredentialCache credentials;

    @Inject
    Event<CredentialCache.Changed> credentialChanges;

    public Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Caller callerFor(String username) {
        return findByUsername(username).filter(Account::isActive).map(Account::caller).orElse(Caller.ANONYMOUS);
    }

    public List<Account> list(@NotNull Caller caller) {
        requireAdmin(caller);
        return em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList();
    }

    @Audited(AuditAction.ACCOUNT_CREATED)
    public Account create(@NotNull @Valid NewAccount form, @NotNull Caller caller) {
        requireAdmin(caller);
        String username = form.getUsername().strip().toLowerCase(Locale.ROOT);
        if (findByUsername(username).isPresent()) {
            throw new Conflict("username", "account.username.taken", username);
        }
        requireAcceptable(username, form.getPassword(), "password");
        Organisation organisation = em.find(Organisation.class, form.getOrganisationId());
        if (organisation == null) {
            throw new NotFound("organisation", form.getOrganisationId());
        }
        Person person = new Person(form.getName().strip(), blankToNull(form.getJobTitle()),
                blankToNull(form.getEmail()), organisation);
        em.persist(person);
        Account account = new Account(username, hashing.hash(form.getPassword()), person, form.getRoles());
        em.persist(account);
        LOG.info(() -> caller.username() + " created account " + username);
        return account;
    }

    @Audited(AuditAction.PASSWORD_RESET)
    public void resetPassword(@AuditedId(Account.class) @NotNull Long accountId, String newPassword, @NotNull Caller caller) {
        requireAdmin(caller);
        Account account = find(accountId);
        requireAcceptable(account.getUsername(), newPassword, "newPassword");
        account.changePassword(hashing.hash(newPassword));
        sessions.endAll(account.getUsername());
        forgetCredentials(account.getUsername());
        LOG.info(() -> caller.username() + " reset the password of " + account.getUsername());
    }

    @Audited(AuditAction.ACCOUNT_DEACTIVATED)
    public void deactivate(@AuditedId(Account.class) @NotNull Long accountId, @NotNull Caller caller) {
        requireAdmin(caller);
        Account account = find(accountId);
        if (account.getUsername().equals(caller.username())) {
            throw new Refusal("account.deactivate.self");
        }
        account.deactivate();
        sessions.endAll(account.getUsername());
        forgetCredentials(account.getUsername());
        LOG.info(() -> caller.username() + " deactivated " + account.getUsername());
    }

    @Audited(AuditAction.ACCOUNT_REACTIVATED)
    public void reactivate(@AuditedId(Account.class) @NotNull Long accountId, @NotNull Caller caller) {
        requireAdmin(caller);
        Account account = find(accountId);
        if (account.getPerson().isErased()) {
            throw new Conflict("account", "privacy.erased.noReactivation");
        }
        account.reactivate();
    }

    public void changeOwnPassword(@NotNull Caller caller, String currentPassword, String newPassword) {
        Account account = findByUsername(caller.username())
                .orElseThrow(() -> new NotFound("account", caller.username()));
        if (currentPassword == null || !hashing.matches(currentPassword, account.getPasswordHash())) {
            throw Refusal.onField("currentPassword", "password.current.wrong");
        }
        requireAcceptable(account.getUsername(), newPassword, "newPassword");
        account.changePassword(hashing.hash(newPassword));
        // the old password stops working for the API at once, on every node (the user's sessions stay)
        forgetCredentials(account.getUsername());
    }

    /** What any node remembers of the user's verified passwords and tokens goes: now here, after commit everywhere. */
    private void forgetCredentials(String username) {
        CredentialCache.Changed change = CredentialCache.Changed.user(username);
        credentials.forgetNow(change);
        credentialChanges.fire(change);
    }

    public void preferLanguage(@NotNull Caller caller, @NotNull Language language) {
        findByUsername(caller.username()).ifPresent(a -> a.prefer(language));
    }

    private Account find(Long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFound("account", id);
        }
        return account;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("refusal.forbidden");
        }
    }

    private static void requireAcceptable(String username, String password, String field) {
        PasswordPolicy.violation(username, password).ifPresent(key -> {
            throw Refusal.onField(field, key, PasswordPolicy.MIN_LENGTH);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
