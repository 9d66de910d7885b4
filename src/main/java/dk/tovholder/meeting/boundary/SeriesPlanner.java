package dk.tovholder.meeting.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.cluster.boundary.Cluster;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.schema.Constraints;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps every group's meeting series a few months ahead, so that pages and the
 * API only read: at start (before the app answers requests, after the demo
 * data) and every hour, on the node that runs the cluster's scheduled jobs.
 * One query finds the groups that are behind; each is extended in a
 * transaction of its own.
 */
@Singleton
@Startup
@DependsOn("DemoNetwork")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeriesPlanner {

    private static final Logger LOG = Logger.getLogger(SeriesPlanner.class.getName());

    /** The unique (group, day) of the series' meetings (migration V3). */
    static final String SERIES_UNIQUE = "meeting_series_unique";

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingSeries series;

    @Inject
    Cluster cluster;

    @PostConstruct
    void atStart() {
        planAll();
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        cluster.runScheduled("series", this::planAll);
    }

    /** Extends the series of every group that is behind; the number of meetings made. */
    public int planAll() {
        LocalDate today = AppClock.today();
        List<NetworkGroup> groups = em.createQuery("select g from NetworkGroup g", NetworkGroup.class)
                .getResultList();
        int made = 0;
        for (NetworkGroup group : series.behind(groups, today)) {
            try {
                made += series.extend(group, today);
            } catch (PersistenceException e) {
                if (!madeElsewhere(e)) {
                    throw e;
                }
                // another node (starting at the same moment) made the same meetings; theirs stand
                LOG.info(() -> "the series of group " + group.getId() + " was extended by another node");
            }
        }
        if (made > 0) {
            int count = made;
            LOG.info(() -> count + " regular meetings planned");
        }
        return made;
    }

    /** Whether the failure is the series' unique (group, day): the meeting exists already. */
    static boolean madeElsewhere(Throwable failure) {
        return Constraints.violated(failure, SERIES_UNIQUE);
    }
}
