package dk.tovholder.mail.boundary;

import dk.tovholder.cluster.boundary.Cluster;
import dk.tovholder.mail.control.DeliveryReports;
import dk.tovholder.mail.control.MailSettings;
import dk.tovholder.mail.entity.FailureSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the bounce mailbox (IMAP or POP3, configured in {@code config/}):
 * each delivery status notification that says a recipient failed marks that
 * address as failing; every message read is then deleted. Without a
 * configured host nothing is read.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each failure commits before its message is deleted
public class BounceMailbox {

    private static final Logger LOG = Logger.getLogger(BounceMailbox.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AddressFailures failures;

    @Inject
    Cluster cluster;

    @Inject
    MailSettings settings;

    @PostConstruct
    void start() {
        if (settings.readsBounces()) {
            long every = settings.bouncePoll().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig("bounce mailbox", false));
            LOG.info(() -> "reading bounces from " + settings.bounceMailbox() + " every "
                    + settings.bouncePoll().toSeconds() + " s");
        }
    }

    @Timeout
    void poll() {
        cluster.runScheduled("bounce mailbox", this::readAndSay);
    }

    private void readAndSay() {
        try {
            int marked = read();
            if (marked > 0) {
                LOG.info(() -> marked + " failing addresses from the bounce mailbox");
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // a wrong address or password would otherwise go unseen: said once per poll, without the trace
            LOG.warning(() -> "the bounce mailbox " + settings.bounceMailbox() + " could not be read: " + e);
            LOG.log(Level.FINE, "the bounce mailbox could not be read", e);
        }
    }

    /** Reads and deletes what the mailbox holds; returns how many failures it recorded. */
    public int read() throws MessagingException, IOException {
        Store store = settings.openBounceMailbox();
        int marked = 0;
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    for (DeliveryReports.Failure failure : DeliveryReports.failures(message)) {
                        failures.record(failure.address(), FailureSource.BOUNCED, failure.reason());
                        marked++;
                    }
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                inbox.close(true);
            }
        } finally {
            store.close();
        }
        return marked;
    }
}
