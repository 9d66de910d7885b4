package dk.tovholder.diagnostics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The statements (their SQL) of the last requests that asked to be measured (with
 * the {@value #PROBE_HEADER} header), kept only while diagnostics are on.
 */
@ApplicationScoped
public class StatementLedger {

    public static final String PROBE_HEADER = "X-Tovholder-Probe";
    private static final int KEPT = 1_000;

    @Inject
    @ConfigProperty(name = "tovholder.diagnostics", defaultValue = "false")
    boolean enabled;

    private final Map<String, List<String>> counts = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > KEPT;
        }
    };

    public boolean enabled() {
        return enabled;
    }

    public synchronized void record(String probe, List<String> statements) {
        if (enabled && probe != null && probe.length() <= 64) {
            counts.put(probe, List.copyOf(statements));
        }
    }

    /** The SQL of the statements the probed request sent, in order. */
    public synchronized Optional<List<String>> statements(String probe) {
        return enabled ? Optional.ofNullable(counts.get(probe)) : Optional.empty();
    }
}
