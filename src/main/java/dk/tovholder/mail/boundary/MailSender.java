package dk.tovholder.mail.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.cluster.boundary.Cluster;
import dk.tovholder.mail.control.MailSettings;
import dk.tovholder.mail.entity.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, every {@code tovholder.mail.send-seconds} (5), one message per
 * transaction: a message the SMTP server refused waits and is tried again
 * later (the back-off doubles), so nothing is lost while the server is away.
 * The reminders due are queued every {@code tovholder.mail.reminder-seconds}
 * (an hour), the first time a minute after start. In a cluster only the node
 * that runs the scheduled jobs does either ({@link Cluster}); a message is
 * still locked while it is sent, and a reminder's key is unique, so not even
 * a change of that node between two runs sends anything twice.
 * <p>
 * Each job runs through {@link Cluster#runScheduled}, without a transaction
 * of its own (each message and each kind of reminder has one): a failed run
 * is logged and the next one tries again, where a failed timeout would make
 * the container cancel the timer for good. The timers start once the schema
 * is migrated.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // Cluster#runScheduled keeps each job to one run at a time
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 50;
    private static final String REMINDERS = "reminders";
    private static final String OUTBOX = "outbox";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailDelivery delivery;

    @Inject
    Reminders reminders;

    @Inject
    Cluster cluster;

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @PostConstruct
    void start() {
        if (settings.enabled()) {
            long every = settings.reminderInterval().toMillis();
            timers.createIntervalTimer(Math.min(every, 60_000L), every, new TimerConfig(REMINDERS, false));
            long send = settings.sendInterval().toMillis();
            timers.createIntervalTimer(send, send, new TimerConfig(OUTBOX, false));
        }
    }

    @Timeout
    void run(Timer timer) {
        if (REMINDERS.equals(timer.getInfo())) {
            cluster.runScheduled(REMINDERS, this::queueReminders);
        } else {
            cluster.runScheduled(OUTBOX, this::sendDue);
        }
    }

    /** Every hour (and so soon after a restart): the reminders due, each queued once, each kind in a transaction. */
    void queueReminders() {
        int queued = reminders.queueDutyReminders();
        int actions = reminders.queueActionReminders(AppClock.today());
        int sessions = reminders.queueSessionReminders(AppClock.now());
        LOG.fine(() -> queued + " duty reminders, " + actions + " action item reminders and " + sessions
                + " session reminders queued");
    }

    /** Every {@code tovholder.mail.send-seconds} (5): the messages due, up to {@value #BATCH} at a time. */
    void sendDue() {
        List<Long> due = em.createNamedQuery(OutboxMail.FIND_DUE, Long.class).setParameter("now", AppClock.now())
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
