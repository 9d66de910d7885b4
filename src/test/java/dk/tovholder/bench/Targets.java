package dk.tovholder.bench;

import dk.tovholder.bench.Benchmark.Result;
import dk.tovholder.bench.Benchmark.Run;
import dk.tovholder.bench.Benchmark.SoakTrend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The performance targets of issue 23 (docs/performance.md), each judged from
 * a benchmark's runs: throughput as a ratio to the same run's static file,
 * latencies, statements, answers, and the soak's trend. They are meant for
 * scale 1; the largest scale of the runs is judged, and growth is measured
 * against the smallest. A target whose scenario did not run is left out.
 */
final class Targets {

    /** One target: what it asks, what was measured, and whether that meets it. */
    record Verdict(String target, String measured, boolean met) {
    }

    private final Run large;
    private final Run small;
    private final List<Verdict> verdicts = new ArrayList<>();

    private Targets(List<Run> runs) {
        this.large = runs.get(runs.size() - 1);
        this.small = runs.size() > 1 ? runs.get(0) : null;
    }

    static List<Verdict> of(List<Run> runs) {
        Targets t = new Targets(runs);
        t.page("agenda-page", 20, 50);
        t.page("day-overview", 15, 60);
        t.page("room-page", 10, 50);
        t.page("room-week", 10, 50);
        t.ratio("agenda-json", 5);
        t.growing("free-room");
        t.growing("book");
        t.p99("feed", 100);
        t.p99("search", 100);
        t.credentials(Benchmark.BASIC);
        t.credentials(Benchmark.BEARER);
        t.served();
        t.statements("agenda-page", 5);
        runs.stream().filter(r -> !r.soak().isEmpty()).reduce((a, b) -> b).ifPresent(t::soak);
        return t.verdicts;
    }

    private Optional<Result> result(Run run, String scenario) {
        return run == null ? Optional.empty()
                : run.results().stream().filter(r -> r.scenario().name().equals(scenario) && r.requests() > 0)
                        .findFirst();
    }

    /** How many times the static file's throughput is the scenario's: 20 means 1/20. */
    private double share(Result r) {
        return large.ceiling().throughput() / r.throughput();
    }

    private void page(String scenario, int share, double p99) {
        result(large, scenario).ifPresent(r -> verdicts.add(new Verdict(
                String.format(Locale.ROOT, "%s ≥ 1/%d of the ceiling, p99 ≤ %.0f ms", scenario, share, p99),
                String.format(Locale.ROOT, "1/%.1f, p99 %.0f ms", share(r), r.p99Ms()),
                share(r) <= share && r.p99Ms() <= p99)));
    }

    private void ratio(String scenario, int share) {
        result(large, scenario).ifPresent(r -> verdicts.add(new Verdict(
                String.format(Locale.ROOT, "%s ≥ 1/%d of the ceiling", scenario, share),
                String.format(Locale.ROOT, "1/%.1f", share(r)), share(r) <= share)));
    }

    private void growing(String scenario) {
        result(large, scenario).ifPresent(r -> {
            Optional<Result> before = result(small, scenario);
            double growth = before.map(b -> r.p99Ms() / b.p99Ms()).orElse(Double.NaN);
            verdicts.add(new Verdict(scenario + " p99 ≤ 25 ms and ≤ 1.3× the smallest scale's",
                    String.format(Locale.ROOT, "p99 %.0f ms%s", r.p99Ms(), before.isPresent()
                            ? String.format(Locale.ROOT, ", %.2f×", growth) : " (one scale only)"),
                    r.p99Ms() <= 25 && (before.isEmpty() || growth <= 1.3)));
        });
    }

    private void p99(String scenario, double p99) {
        result(large, scenario).ifPresent(r -> verdicts.add(new Verdict(
                String.format(Locale.ROOT, "%s p99 ≤ %.0f ms", scenario, p99),
                String.format(Locale.ROOT, "p99 %.0f ms", r.p99Ms()), r.p99Ms() <= p99)));
    }

    private void credentials(String scenario) {
        result(large, scenario).ifPresent(r -> result(large, "agenda-json").ifPresent(session -> verdicts.add(
                new Verdict(scenario + " p50 ≤ 2× the session's (agenda-json)",
                        String.format(Locale.ROOT, "p50 %.1f ms against %.1f ms", r.p50Ms(), session.p50Ms()),
                        r.p50Ms() <= 2 * session.p50Ms()))));
    }

    private void served() {
        long serverErrors = large.results().stream().flatMap(r -> r.statuses().entrySet().stream())
                .filter(e -> e.getKey().startsWith("5")).mapToLong(e -> e.getValue()).sum();
        verdicts.add(new Verdict("no 5xx answer in any scenario", serverErrors + " × 5xx", serverErrors == 0));
    }

    private void statements(String scenario, int most) {
        large.results().stream().filter(r -> r.scenario().name().equals(scenario) && r.sqlPerRequest() != null)
                .findFirst().ifPresent(r -> verdicts.add(new Verdict(
                        scenario + " ≤ " + most + " SQL statements a request", r.sqlPerRequest() + " statements",
                        r.sqlPerRequest() <= most)));
    }

    private void soak(Run run) {
        SoakTrend t = SoakTrend.of(run.soak());
        verdicts.add(new Verdict(String.format(Locale.ROOT, "soak at scale %s: CPU a request and each scenario's"
                + " p50 in the last %d minutes ≤ 1.2× the first %d; heap after GC flat (≤ 1.2×)",
                Benchmark.label(run.manifest().scale()), t.window(), t.window()),
                String.format(Locale.ROOT, "CPU %.2f×, p50 at most %.2f× (%s), heap %.0f → %.0f MiB", t.cpuRatio(),
                        t.p50Ratio(), t.worstScenario(), t.heapFirst(), t.heapLast()),
                t.cpuRatio() <= 1.2 && t.p50Ratio() <= 1.2 && t.heapLast() <= 1.2 * t.heapFirst()));
    }
}
