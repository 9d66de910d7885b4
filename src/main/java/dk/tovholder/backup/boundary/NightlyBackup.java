package dk.tovholder.backup.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Takes the nightly backup at 02:30 unless {@code tovholder.backup.nightly} is false. */
@Singleton
public class NightlyBackup {

    @Inject
    Backups backups;

    @Inject
    @ConfigProperty(name = "tovholder.backup.nightly", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void everyNight() {
        if (enabled) {
            backups.nightly();
        }
    }
}
