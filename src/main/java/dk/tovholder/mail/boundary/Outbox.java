package dk.tovholder.mail.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.language.Language;
import dk.tovholder.language.Messages;
import dk.tovholder.mail.entity.OutboxMail;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues e-mail in the caller's transaction, in the recipient's language, as
 * plain text and HTML with a link to the page. A message with a dedup key is
 * queued once, ever (reminders stay idempotent across restarts).
 */
@ApplicationScoped
@Transactional
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    static final int RECENT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tovholder.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    MailPreferences preferences;

    @Inject
    AddressFailures failures;

    @Inject
    Clock clock;

    /**
     * A message to a person: subject and body from the bundle in their
     * language, and a link to {@code path} (relative to the app's address).
     * Nothing is queued for someone without an e-mail address. Returns whether
     * a message was queued (not: no address, turned off, a failing address, or
     * queued before under the same key).
     */
    public boolean toPerson(@NotNull Person person, @NotNull String kind, @NotNull String subjectKey,
            @NotNull Object[] subjectArgs, @NotNull String bodyKey, @NotNull Object[] bodyArgs, String path,
            String dedupKey) {
        return toPerson(person, kind, subjectKey, subjectArgs, bodyKey, bodyArgs, path, dedupKey, null);
    }

    /** The same, with an iCalendar invitation (METHOD:REQUEST or PUBLISH) for the recipient's calendar. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public boolean toPerson(@NotNull Person person, @NotNull String kind, @NotNull String subjectKey,
            @NotNull Object[] subjectArgs, @NotNull String bodyKey, @NotNull Object[] bodyArgs, String path,
            String dedupKey, String invitation) {
        if (person.getEmail() == null || person.getEmail().isBlank()) {
            LOG.fine(() -> "no e-mail address for person " + person.getId() + ", " + kind + " not sent");
            return false;
        }
        if (!preferences.wants(person.getId(), kind)) {
            return false;
        }
        if (failures.isFailing(person.getEmail())) {
            LOG.fine(() -> "the address of person " + person.getId() + " is failing, " + kind + " not sent");
            return false;
        }
        if (dedupKey != null && em.createNamedQuery(OutboxMail.COUNT_BY_DEDUP, Long.class)
                .setParameter("key", dedupKey).getSingleResult() > 0) {
            return false;
        }
        Locale locale = languageOf(person);
        String subject = oneLine(Messages.get(locale, subjectKey, subjectArgs));
        String body = Messages.get(locale, bodyKey, bodyArgs);
        String link = path == null ? null : base() + path;
        String text = body + (link == null ? "" : "\n\n" + link) + "\n\n-- \n" + Messages.get(locale, "mail.footer");
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body><p>" + escape(body)
                .replace("\n", "<br>") + "</p>" + (link == null ? "" : "<p><a href=\"" + escape(link) + "\">"
                + escape(Messages.get(locale, "mail.open")) + "</a></p>") + "<p style=\"color:#555\">"
                + escape(Messages.get(locale, "mail.footer")) + "</p></body></html>";
        em.persist(new OutboxMail(person.getEmail().strip(), person.getId(), kind, subject, text, html, dedupKey,
                Instant.now(clock)).withInvitation(invitation));
        return true;
    }

    /** The language the person chose on their account, or Danish. */
    Locale languageOf(Person person) {
        return em.createQuery("select a from Account a where a.person.id = :p", Account.class)
                .setParameter("p", person.getId()).getResultStream().findFirst()
                .map(Account::getLanguage).map(Language::locale).orElse(Language.DEFAULT.locale());
    }

    /** A subject never spans lines (no header injection through a name or a title). */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    // ---------------------------------------------------------------- the administrator's view

    public List<OutboxMail> recent(@NotNull Caller caller) {
        requireAdmin(caller);
        return em.createNamedQuery(OutboxMail.FIND_RECENT, OutboxMail.class).setMaxResults(RECENT).getResultList();
    }

    public void retry(@NotNull Long id, @NotNull Caller caller) {
        requireAdmin(caller);
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new NotFound("mail", id);
        }
        mail.retryNow(Instant.now(clock));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("refusal.forbidden");
        }
    }
}
