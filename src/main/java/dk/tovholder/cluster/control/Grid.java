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
 * Payara binds at {@code payara/Hazelcast}, or none when the node runs
 * alone ({@code --nocluster}, {@code --nohazelcast}).
 */
public final class Grid {

    public static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(Grid.class.getName());

    private Grid() {
    }

    /** The running data grid this node belongs to, if any. */
    public static Optional<HazelcastInstance> find() {
        try {
            Object bound = new InitialContext().lookup(JNDI_NAME);
            if (bound instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                return Optional.of(instance);
            }
        } catch (NamingException | RuntimeException alone) {
            LOG.log(Level.FINEST, "no data grid", alone);
        }
        return Optional.empty();
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
