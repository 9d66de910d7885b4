package dk.tovholder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tovholder.bench.Benchmark.Result;
import dk.tovholder.bench.Benchmark.Run;
import dk.tovholder.bench.Benchmark.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void eachTargetIsJudgedAgainstTheSameRunsCeilingAndTheSmallestScale() {
        Run small = run(0.01, result(0.01, "ceiling", 1000, 5, 10, null), result(0.01, "free-room", 100, 5, 10, 3),
                result(0.01, "book", 100, 5, 20, 14));
        Run large = run(1, result(1, "ceiling", 2000, 5, 10, null),
                result(1, "agenda-page", 120, 50, 45, 4), // 1/16.7 and p99 45: met
                result(1, "day-overview", 100, 50, 70, 3), // 1/20: missed
                result(1, "agenda-json", 350, 10, 30, 1), // 1/5.7: missed
                result(1, "free-room", 100, 5, 12, 3), // p99 12 ≤ 25 and 1.2×: met
                result(1, "book", 100, 5, 24, 14), // 24 ≤ 25 but 1.2×... 24/20 = 1.2: met
                result(1, "feed", 50, 60, 101, 7), // p99 101: missed
                result(1, Benchmark.BASIC, 300, 20, 30, 1)); // p50 20 ≤ 2 × 10: met
        Map<String, Boolean> verdicts = Targets.of(List.of(small, large)).stream()
                .collect(Collectors.toMap(Targets.Verdict::target, Targets.Verdict::met));
        assertEquals(Map.of("agenda-page ≥ 1/20 of the ceiling, p99 ≤ 50 ms", true,
                "day-overview ≥ 1/15 of the ceiling, p99 ≤ 60 ms", false,
                "agenda-json ≥ 1/5 of the ceiling", false,
                "free-room p99 ≤ 25 ms and ≤ 1.3× the smallest scale's", true,
                "book p99 ≤ 25 ms and ≤ 1.3× the smallest scale's", true,
                "feed p99 ≤ 100 ms", false,
                Benchmark.BASIC + " p50 ≤ 2× the session's (agenda-json)", true,
                "no 5xx answer in any scenario", true,
                "agenda-page ≤ 5 SQL statements a request", true), verdicts);
    }

    @Test
    void aServerErrorAnywhereMissesThatTarget() {
        Result failing = new Result(1, scenario("room-week"), 10, 1, 10, 5, 9, 5, 0, Map.of("200", 9L, "500", 1L), 2);
        Run run = run(1, result(1, "ceiling", 1000, 1, 2, null), failing);
        assertEquals(List.of(new Targets.Verdict("room-week ≥ 1/10 of the ceiling, p99 ≤ 50 ms", "1/100.0, p99 9 ms",
                false), new Targets.Verdict("no 5xx answer in any scenario", "1 × 5xx", false)), Targets.of(List.of(run)));
    }

    private static Run run(double scale, Result... results) {
        Dataset.Manifest manifest = new Dataset.Manifest(scale, 42, LocalDate.of(2026, 12, 4), 1, 1, 1, 1, 1, 1, 1, 1,
                "token", List.of(), "ord", 1);
        return new Run("h2", "2.2.224", manifest, false, 1, 1, List.of(results), List.of());
    }

    private static Result result(double scale, String name, double throughput, double p50, double p99, Integer sql) {
        return new Result(scale, scenario(name), 100, 1, throughput, p50, p99, p50, 0, Map.of("200", 100L), sql);
    }

    private static Scenario scenario(String name) {
        return new Scenario(name, name, "GET", "/", false, Set.of(200), null);
    }
}
