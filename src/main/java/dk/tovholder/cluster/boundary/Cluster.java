package dk.tovholder.cluster.boundary;

import dk.tovholder.cluster.control.Grid;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

    /** Whether this node runs the cluster's scheduled jobs now. */
    public boolean runsScheduledJobs() {
        return Grid.find().map(Grid::isOldest).orElse(true);
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
