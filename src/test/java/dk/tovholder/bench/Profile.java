package dk.tovholder.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a scenario's CPU went: the server's flight recording of the measured
 * seconds ({@code jdk.ExecutionSample}, the JVM's samples of threads running
 * Java code) summed three ways.
 * <ul>
 * <li><b>layers</b>: the part of the stack that was working, named by the
 * topmost frame that is not the JDK's own (a {@code HashMap} lookup counts for
 * the library that asked for it): H2, EclipseLink, JSF and PrimeFaces, ical4j,
 * Tovholder and so on;</li>
 * <li><b>app frames</b>: Tovholder's own method nearest to the work in each
 * sample (container proxies and servlet filters left out; a sample under
 * none is the frameworks' own work), so "a third of the samples were under
 * {@code Bookings.purposeVisibleTo}" can be read off;</li>
 * <li><b>self frames</b>: the methods the samples were in.</li>
 * </ul>
 * Each list is ordered by samples, the largest first, and cut at {@code top}.
 */
record Profile(long samples, List<Entry> layers, List<Entry> appFrames, List<Entry> selfFrames) {

    /** A name and how many samples it had. */
    record Entry(String name, long samples) {

        /** The share of all samples, in per cent. */
        double percentOf(long total) {
            return total == 0 ? 0 : 100.0 * samples / total;
        }
    }

    static final String APP = "dk.tovholder.";

    /** The layers by package, the first prefix that matches (order matters: org.glassfish.jersey before org.glassfish). */
    private static final List<Map.Entry<String, String>> LAYERS = List.of(
            Map.entry("org.h2.", "H2"),
            Map.entry("org.postgresql.", "PostgreSQL driver"),
            Map.entry("com.zaxxer.", "connection pool"),
            Map.entry("org.eclipse.persistence.", "EclipseLink"),
            Map.entry("org.primefaces.", "JSF and PrimeFaces"),
            Map.entry("com.sun.faces.", "JSF and PrimeFaces"),
            Map.entry("jakarta.faces.", "JSF and PrimeFaces"),
            Map.entry("org.glassfish.wasp.", "JSF and PrimeFaces"),
            Map.entry("net.fortuna.ical4j.", "ical4j"),
            Map.entry("org.glassfish.jersey.", "Jersey (REST)"),
            Map.entry("org.eclipse.yasson.", "JSON"),
            Map.entry("org.glassfish.json.", "JSON"),
            Map.entry("org.eclipse.parsson.", "JSON"),
            Map.entry("org.jboss.weld.", "Weld (CDI)"),
            Map.entry("com.hazelcast.", "Hazelcast"),
            Map.entry("org.apache.catalina.", "web container"),
            Map.entry("org.glassfish.grizzly.", "web container"),
            Map.entry("org.glassfish.", "Payara"),
            Map.entry("com.sun.enterprise.", "Payara"),
            Map.entry("com.sun.ejb.", "Payara"),
            Map.entry("fish.payara.", "Payara"),
            Map.entry("org.apache.", "web container"),
            Map.entry(APP, "Tovholder"));

    /** The JDK's own classes, whose work counts for whoever called them. */
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.proxy.");

    /** Reads a recording; a recording without samples gives an empty profile. */
    static Profile of(Path recording, int top) throws IOException {
        Map<String, Long> layers = new HashMap<>();
        Map<String, Long> app = new HashMap<>();
        Map<String, Long> self = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(name(frames.get(0)), 1L, Long::sum);
                layers.merge(layer(frames), 1L, Long::sum);
                app.merge(frames.stream().filter(f -> isApp(type(f)) && !isFilter(f)).findFirst()
                        .map(Profile::name).orElse(NO_APP_METHOD), 1L, Long::sum);
            }
        }
        return new Profile(samples, top(layers, top), top(app, top), top(self, top));
    }

    /** The layer of a sample: its topmost frame outside the JDK (the JDK when it is all the JDK's). */
    static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = type(frame);
            if (JDK.stream().noneMatch(type::startsWith)) {
                return layerOf(type);
            }
        }
        return "JDK";
    }

    static String layerOf(String type) {
        return LAYERS.stream().filter(l -> type.startsWith(l.getKey())).map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> {
                    String[] parts = type.split("\\.");
                    return parts.length > 2 ? parts[0] + "." + parts[1] : type;
                });
    }

    /**
     * A sample under none of Tovholder's methods but its servlet filters, which
     * wrap every request: the framework's own work (JSF rendering a page,
     * Jersey writing JSON, the container reading the request).
     */
    static final String NO_APP_METHOD = "(none: the frameworks' own work)";

    /** A servlet filter's {@code doFilter}: it wraps the whole request, so it says nothing about the work. */
    private static boolean isFilter(RecordedFrame frame) {
        return frame.getMethod() != null && frame.getMethod().getName().equals("doFilter");
    }

    /** Tovholder's own code, not the container's proxies and generated subclasses of it. */
    static boolean isApp(String type) {
        return type.startsWith(APP) && !type.contains("$Proxy") && !type.contains("__EJB")
                && !type.contains("$$") && !type.contains("_$$_") && !type.contains("$Hibernate")
                && !type.contains("$Weld");
    }

    private static String type(RecordedFrame frame) {
        return frame.getMethod() == null || frame.getMethod().getType() == null ? "?"
                : frame.getMethod().getType().getName();
    }

    private static String name(RecordedFrame frame) {
        String type = type(frame);
        String simple = type.startsWith(APP) ? type.substring(APP.length()) : type;
        return simple + "." + (frame.getMethod() == null ? "?" : frame.getMethod().getName());
    }

    private static List<Entry> top(Map<String, Long> counts, int top) {
        return counts.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Entry::samples).reversed().thenComparing(Entry::name)).limit(top)
                .toList();
    }

    /** A line of the report: the largest entries with their shares, e.g. "H2 41%, EclipseLink 22%". */
    String line(List<Entry> entries, int count) {
        return entries.stream().limit(count)
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.name(), e.percentOf(samples)))
                .reduce((a, b) -> a + ", " + b).orElse("–");
    }

    /** The whole profile as text, for the profile's file beside the recording. */
    String text(String title) {
        StringBuilder out = new StringBuilder(title).append("\n").append(samples).append(" samples\n");
        section(out, "Layers (topmost frame outside the JDK)", layers);
        section(out, "Tovholder's method nearest to the work", appFrames);
        section(out, "Methods the samples were in", selfFrames);
        return out.toString();
    }

    private void section(StringBuilder out, String heading, List<Entry> entries) {
        out.append("\n").append(heading).append(":\n");
        for (Entry e : entries) {
            out.append(String.format(Locale.ROOT, "%6.1f%%  %6d  %s%n", e.percentOf(samples), e.samples(),
                    e.name()));
        }
    }
}
