package dk.tovholder.backup.boundary;

import dk.tovholder.cluster.boundary.Cluster;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes the nightly backup at 02:30 unless {@code tovholder.backup.nightly} is false;
 * in a cluster on the node that runs the scheduled jobs.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a failure must not fail the timer: Cluster#runScheduled
public class NightlyBackup {

    @Inject
    Backups backups;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "tovholder.backup.nightly", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void everyNight() {
        if (enabled) {
            cluster.runScheduled("nightly backup", backups::nightly);
        }
    }
}
