package dk.tovholder;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of each test run (surefire's unit tests, failsafe's integration tests),
 * how long each tier of the suite took and how many tests it ran: the tiers of
 * docs/architecture.md, "Tests". A class's time includes what it starts (the first in-container
 * class starts the one server those tests share). The reliability tier runs beside the others,
 * so the tiers' times add up to more than the run's.
 */
public final class TierTimes implements TestExecutionListener {

    private static final String[] ORDER = {"unit", "in-container", "HTTP", "browser", "reliability",
            "benchmark smoke", "cluster"};

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, long[]> tiers = new ConcurrentHashMap<>();

    /** The tier of a test class, by its package and name. */
    static String tier(String className) {
        if (className.startsWith("dk.tovholder.container.")) {
            return "in-container";
        }
        if (className.startsWith("dk.tovholder.it.browser.")) {
            return "browser";
        }
        if (className.startsWith("dk.tovholder.it.cluster.")) {
            return "cluster";
        }
        if (className.equals("dk.tovholder.it.CrashIT") || className.equals("dk.tovholder.it.BackupIT")) {
            return "reliability";
        }
        if (className.equals("dk.tovholder.it.BenchmarkSmokeIT")) {
            return "benchmark smoke";
        }
        return className.endsWith("IT") ? "HTTP" : "unit";
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        topClass(test).ifPresent(name -> started.put(test.getUniqueId(), System.nanoTime()));
    }

    /** Synchronized: the reliability classes run beside the others (pom.xml, failsafe). */
    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            count(test);
        }
        topClass(test).ifPresent(name -> {
            Long start = started.remove(test.getUniqueId());
            if (start != null) {
                tiers.computeIfAbsent(tier(name), t -> new long[2])[0] += System.nanoTime() - start;
            }
        });
    }

    /** One more test in the tier of the class its unique id names, e.g. [class:dk.tovholder.it.ApiIT]. */
    private void count(TestIdentifier test) {
        String className = test.getUniqueId().replaceAll(".*\\[class:([^\\]]+)\\].*", "$1");
        if (!className.equals(test.getUniqueId())) {
            tiers.computeIfAbsent(tier(className.replaceAll("\\$.*", "")), t -> new long[2])[1]++;
        }
    }

    /** The class name when the identifier is a top-level test class (not a nested one, not a method). */
    private static Optional<String> topClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(ClassSource::getClassName).filter(name -> !name.contains("$") && test.isContainer());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (tiers.isEmpty()) {
            return;
        }
        Map<String, long[]> ordered = new LinkedHashMap<>();
        for (String tier : ORDER) {
            if (tiers.containsKey(tier)) {
                ordered.put(tier, tiers.get(tier));
            }
        }
        System.out.println("Tier times: " + ordered.entrySet().stream()
                .map(e -> e.getKey() + " " + format(Duration.ofNanos(e.getValue()[0])) + " (" + e.getValue()[1]
                        + " tests)")
                .collect(Collectors.joining(", ")));
    }

    static String format(Duration time) {
        long seconds = Math.round(time.toMillis() / 1000.0);
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
