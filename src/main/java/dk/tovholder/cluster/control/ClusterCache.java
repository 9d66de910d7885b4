package dk.tovholder.cluster.control;

import java.util.logging.Logger;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * EclipseLink's shared cache on a node of a cluster (registered in
 * persistence.xml): another node's commit never reaches this node's cache, so
 * when the node clusters every entity's cache is isolated to its transaction
 * and named queries keep no results. Each request then reads what the
 * database holds now, whichever node wrote it. A node alone keeps the shared
 * cache and the query results cache.
 * <p>
 * Not EclipseLink's other ways: a time to live of zero makes it refresh an
 * entity without end (a StackOverflowError), and a lookup by id
 * ({@code em.find}) takes a cache hit even where cache hits are disabled.
 * Isolation needs an experience group's participants to be entities: an
 * element collection of embeddables with a many-to-one fails to flush in an
 * isolated cache (EclipseLink 4.0.7, a NullPointerException in
 * {@code ObjectReferenceMapping}).
 */
public class ClusterCache implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(ClusterCache.class.getName());

    @Override
    public void customize(Session session) {
        if (Grid.find().isEmpty()) {
            return;
        }
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor() && !descriptor.isAggregateCollectionDescriptor()) {
                descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
            }
        }
        forgetQueryResults(session);
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postLogin(SessionEvent event) {
                forgetQueryResults(event.getSession()); // the named queries added while deploying
            }
        });
        LOG.info("Node of a cluster: the shared cache and the query results cache are off");
    }

    private static void forgetQueryResults(Session session) {
        for (var queries : session.getQueries().values()) {
            for (DatabaseQuery query : queries) {
                if (query instanceof ReadQuery read) {
                    read.setQueryResultsCachePolicy(null);
                }
            }
        }
    }
}
