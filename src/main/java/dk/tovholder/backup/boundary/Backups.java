package dk.tovholder.backup.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a
 * consistent copy while the application keeps serving, as a zip file in
 * {@code tovholder.backup.dir}. One is taken every night at 02:30
 * ({@link NightlyBackup}) and on an administrator's request; the newest {@code tovholder.backup.keep} are kept.
 * Restoring is done with the server stopped (docs/operations.md). On
 * PostgreSQL, the database's own tools do this instead.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final String PREFIX = "tovholder-";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** A backup file. */
    public record Backup(String name, long bytes, Instant takenAt) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "tovholder.backup.dir", defaultValue = "./backups")
    String directory;

    @Inject
    @ConfigProperty(name = "tovholder.backup.keep", defaultValue = "14")
    int keep;

    /** The nightly backup ({@link NightlyBackup}); logged, never thrown. */
    void nightly() {
        try {
            Backup backup = take();
            LOG.info(() -> "Nightly backup " + backup.name() + " (" + backup.bytes() + " bytes)");
        } catch (Refusal notH2) {
            LOG.fine("No nightly backup: the database is not the embedded H2");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly backup failed", e);
        }
    }

    /** Takes a backup now (administrators). */
    public Backup backup(Caller caller) {
        requireAdmin(caller);
        return take();
    }

    /** The backups there are, newest first (administrators). */
    public List<Backup> list(Caller caller) {
        requireAdmin(caller);
        return files();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("backup.forbidden");
        }
    }

    private synchronized Backup take() {
        Path dir = Path.of(directory).toAbsolutePath().normalize();
        Instant now = AppClock.now();
        Path file = dir.resolve(PREFIX + NAME.format(now) + ".zip");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
                throw new Refusal("backup.notH2");
            }
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                throw new Refusal("backup.inMemory");
            }
            Files.createDirectories(dir);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("backup to " + file + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prune();
        return files().stream().filter(b -> b.name().equals(file.getFileName().toString())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the backup " + file + " was not written"));
    }

    private List<Backup> files() {
        Path dir = Path.of(directory).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".zip"))
                    .map(p -> {
                        try {
                            return new Backup(p.getFileName().toString(), Files.size(p),
                                    Files.getLastModifiedTime(p).toInstant());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sorted(Comparator.comparing(Backup::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() {
        Path dir = Path.of(directory).toAbsolutePath().normalize();
        List<Backup> all = files();
        for (Backup old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(dir.resolve(old.name()));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the old backup " + old.name(), e);
            }
        }
    }
}
