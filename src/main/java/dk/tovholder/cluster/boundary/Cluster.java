package dk.tovholder.cluster.boundary;

import dk.tovholder.cluster.control.Grid;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's place in the cluster. Scheduled jobs (the outbox, reminders,
 * the bounce mailbox, backups) run on the data grid's oldest member only, so
 * they run once per cluster however many nodes there are, and on the next
 * member when that one dies. A message {@link #publish published} on a
 * channel reaches the channel's listeners on every node, this one included
 * (a Hazelcast topic). Alone, this node is the whole cluster.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final Map<String, UUID> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

    /** Whether this node runs the cluster's scheduled jobs now. */
    public boolean runsScheduledJobs() {
        return Grid.find().map(Grid::isOldest).orElse(true);
    }

    /**
     * Runs a scheduled job's work if this node runs the cluster's scheduled
     * jobs, and never lets it fail its timer. Payara cancels a timer whose
     * timeout fails twice in a row (the delivery and its one redelivery),
     * periodic or not: one database failure (a restart, a full pool, a schema
     * not migrated yet) would otherwise stop the job until the server
     * restarts. A failure is logged, and the job's next time tries again. A
     * time that comes while the job's last run still goes is skipped, so
     * slow runs do not pile up. The timeout method itself must run without a
     * container transaction ({@code NOT_SUPPORTED}): a failed statement would
     * mark it for rollback, which counts as a failed timeout too.
     *
     * @return whether the work ran and ended normally
     */
    public boolean runScheduled(String job, Runnable work) {
        if (!runsScheduledJobs()) {
            return false;
        }
        AtomicBoolean busy = running.computeIfAbsent(job, j -> new AtomicBoolean());
        if (!busy.compareAndSet(false, true)) {
            LOG.fine(() -> "the scheduled job " + job + " is still running; this time is skipped");
            return false;
        }
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the scheduled job " + job + " failed; it runs again at its next time", e);
            return false;
        } finally {
            busy.set(false);
        }
    }

    /** Listens on the channel for messages published on any node. */
    public void listen(String channel, Consumer<String> listener) {
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        Grid.find().ifPresent(grid -> subscriptions.computeIfAbsent(channel, c -> grid.<String>getTopic(c)
                .addMessageListener(message -> deliver(channel, message.getMessageObject()))));
    }

    /** Hands the message to the channel's listeners on every node. */
    public void publish(String channel, String message) {
        Grid.find().ifPresentOrElse(grid -> grid.<String>getTopic(channel).publish(message),
                () -> deliver(channel, message));
    }

    private void deliver(String channel, String message) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a message on " + channel + " was not handled", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        Grid.find().ifPresent(grid -> subscriptions.forEach((channel, id) -> grid.getTopic(channel)
                .removeMessageListener(id)));
    }
}
