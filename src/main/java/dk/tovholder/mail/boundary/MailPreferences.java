package dk.tovholder.mail.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.mail.entity.MailPreference;
import dk.tovholder.mail.entity.MailTopic;
import dk.tovholder.network.boundary.DutyChecklists;
import dk.tovholder.refusal.Forbidden;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Which kinds of e-mail a person receives. Everything is on until turned
 * off; duty reminders cannot be turned off (they go only to whoever holds a
 * coming duty).
 */
@ApplicationScoped
@Transactional
public class MailPreferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    DutyChecklists checklists;

    /** The person's choices, every topic present. */
    public Map<MailTopic, Boolean> of(@NotNull Long personId) {
        Map<MailTopic, Boolean> choices = new EnumMap<>(MailTopic.class);
        for (MailTopic topic : MailTopic.values()) {
            choices.put(topic, true);
        }
        em.createQuery("select p from MailPreference p where p.personId = :p", MailPreference.class)
                .setParameter("p", personId).getResultList().forEach(p -> choices.put(p.getTopic(), p.isEnabled()));
        return choices;
    }

    /** Whether the person gets action items as one weekly digest instead of a mail for each. */
    public boolean digest(@NotNull Long personId) {
        MailPreference choice = em.find(MailPreference.class, new MailPreference.Key(personId, MailTopic.ACTIONS));
        return choice != null && choice.isEnabled() && choice.isDigest();
    }

    /**
     * Whether a message of this kind goes to the person (kinds without a
     * topic always go). Action items go either one by one or as the weekly
     * digest ({@link #DIGEST}), as the person chose.
     */
    public boolean wants(Long personId, String kind) {
        MailTopic topic = MailTopic.of(kind);
        if (topic == null || personId == null) {
            return true;
        }
        MailPreference choice = em.find(MailPreference.class, new MailPreference.Key(personId, topic));
        if (choice == null) {
            return !DIGEST.equals(kind);
        }
        return choice.isEnabled() && (topic != MailTopic.ACTIONS || choice.isDigest() == DIGEST.equals(kind));
    }

    /** The kind of the weekly digest of action items. */
    public static final String DIGEST = "ACTION_DIGEST";

    /** Saves the caller's choices; {@code digest}: action items as a weekly digest. */
    public void save(@NotNull Set<MailTopic> enabled, boolean digest, @NotNull Caller caller) {
        if (caller.personId() == null) {
            throw new Forbidden("refusal.forbidden");
        }
        for (MailTopic topic : MailTopic.values()) {
            MailPreference choice = em.find(MailPreference.class, new MailPreference.Key(caller.personId(), topic));
            if (choice == null) {
                choice = new MailPreference(caller.personId(), topic, enabled.contains(topic));
                em.persist(choice);
            } else {
                choice.setEnabled(enabled.contains(topic));
            }
            choice.setDigest(topic == MailTopic.ACTIONS && digest);
        }
    }

    public boolean holdsComingDuty(@NotNull Caller caller) {
        LocalDate today = AppClock.today();
        return checklists.myDuties(caller).stream().anyMatch(d -> !d.day().isBefore(today));
    }
}
