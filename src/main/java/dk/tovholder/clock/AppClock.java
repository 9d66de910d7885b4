package dk.tovholder.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The app's clock, in Copenhagen time. Beans inject {@link Clock}; entities,
 * which are not injected, ask {@link #now()}. Both are the same clock, read
 * once from configuration:
 * <ul>
 * <li>no {@code tovholder.clock.start}: the system clock;</li>
 * <li>{@code tovholder.clock.start=2027-03-02T10:00}: the clock reads that
 * Copenhagen time when the app starts and runs on from there at the normal
 * pace (the test servers use it, so no test depends on the day it runs).</li>
 * </ul>
 */
@ApplicationScoped
public class AppClock {

    /** Everything in Tovholder happens in Copenhagen. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    static final String START = "tovholder.clock.start";

    private static final Logger LOG = Logger.getLogger(AppClock.class.getName());

    private static volatile Clock clock;

    /** The clock for injection ({@code @Inject Clock clock}). */
    @Produces
    public Clock clock() {
        return get();
    }

    /** The app's clock. */
    public static Clock get() {
        Clock c = clock;
        if (c == null) {
            synchronized (AppClock.class) {
                c = clock;
                if (c == null) {
                    c = fromConfiguration(configured());
                    clock = c;
                }
            }
        }
        return c;
    }

    /** The current instant of the app's clock. */
    public static Instant now() {
        return get().instant();
    }

    /** Today in Copenhagen by the app's clock. */
    public static LocalDate today() {
        return LocalDate.now(get());
    }

    /**
     * The configured start: MicroProfile Config in the server; outside it (unit tests, where no
     * configuration is running) only a system property.
     */
    private static Optional<String> configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(START, String.class);
        } catch (IllegalStateException | ServiceConfigurationError noConfiguration) {
            return Optional.ofNullable(System.getProperty(START));
        }
    }

    static Clock fromConfiguration(Optional<String> start) {
        Clock system = Clock.system(ZONE);
        if (start.isEmpty() || start.get().isBlank()) {
            return system;
        }
        Instant from;
        try {
            from = LocalDateTime.parse(start.get().trim()).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(START + " must be a Copenhagen date and time such as 2027-03-02T10:00, not "
                    + start.get(), e);
        }
        LOG.warning(() -> "The app's clock starts at " + start.get().trim() + " Copenhagen time (" + START
                + "), not at the real time");
        return Clock.offset(system, Duration.between(system.instant(), from));
    }
}
