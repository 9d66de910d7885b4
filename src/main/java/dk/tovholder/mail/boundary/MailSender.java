package dk.tovholder.mail.boundary;

import dk.tovholder.mail.entity.OutboxMail;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds, every few seconds, one message per
 * transaction: a message the SMTP server refused waits and is tried again
 * later (the back-off doubles), so nothing is lost while the server is away.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailDelivery delivery;

    @Inject
    Reminders reminders;

    @Inject
    @ConfigProperty(name = "tovholder.mail.enabled", defaultValue = "true")
    boolean enabled;

    /** Every hour (and so soon after a restart): the reminders due, each queued once. */
    @Schedule(minute = "7", hour = "*", persistent = false)
    void queueReminders() {
        if (!enabled) {
            return;
        }
        try {
            int queued = reminders.queueDutyReminders();
            int actions = reminders.queueActionReminders(java.time.LocalDate.now(Reminders.ZONE));
            int sessions = reminders.queueSessionReminders(Instant.now());
            LOG.fine(() -> queued + " duty reminders, " + actions + " action item reminders and " + sessions
                    + " session reminders queued");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "duty reminders could not be queued", e);
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sendDue() {
        if (!enabled) {
            return;
        }
        List<Long> due = em.createNamedQuery(OutboxMail.FIND_DUE, Long.class).setParameter("now", Instant.now())
                .setMaxResults(BATCH).getResultList();
        for (Long id : due) {
            try {
                delivery.deliver(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "mail " + id + " could not be handled", e);
            }
        }
    }
}
