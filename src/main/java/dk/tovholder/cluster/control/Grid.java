package dk.tovholder.cluster.control;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid as the application sees it: the Hazelcast instance
 * Payara binds at {@code payara/Hazelcast} when the node clusters, or none
 * when it runs alone ({@code --nocluster}, {@code --nohazelcast}).
 */
public final class Grid {

    public static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(Grid.class.getName());

    private Grid() {
    }

    /** The running data grid this node clusters with, if any. */
    public static Optional<HazelcastInstance> find() {
        try {
            Object bound = new InitialContext().lookup(JNDI_NAME);
            if (bound instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()
                    && clusters(instance)) {
                return Optional.of(instance);
            }
        } catch (NamingException | RuntimeException alone) {
            LOG.log(Level.FINEST, "no data grid", alone);
        }
        return Optional.empty();
    }

    /**
     * Whether the instance may find other members. Payara Micro keeps a grid
     * of one even with {@code --nocluster} (its caches and EJB timers live
     * in it); its clustering switch ({@code clustering-enabled}) then leaves
     * Hazelcast's auto-detection on, which it otherwise turns off for its own
     * discovery (multicast, tcpip, dns, kubernetes or domain).
     */
    static boolean clusters(HazelcastInstance instance) {
        return !instance.getConfig().getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled();
    }

    /**
     * Whether this member is the grid's oldest: every member sees the same
     * member list in the order they joined, so exactly one of them is first,
     * and when it leaves (or dies) the next one is.
     */
    public static boolean isOldest(HazelcastInstance instance) {
        Iterator<Member> members = instance.getCluster().getMembers().iterator();
        return !members.hasNext() || members.next().localMember();
    }
}
