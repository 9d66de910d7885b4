package dk.tovholder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tovholder.bench.Benchmark.SoakSample;
import dk.tovholder.bench.Benchmark.SoakTrend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoakTrendTest {

    @Test
    void theLastFiveMinutesAreWeighedAgainstTheFirstFive() {
        List<SoakSample> samples = new ArrayList<>();
        for (int minute = 1; minute <= 30; minute++) {
            // CPU a request and the feed's latency grow in the last five minutes only; the heap stays
            boolean late = minute > 25;
            samples.add(sample(minute, late ? 2_000 : 1_000, late ? 3.0 : 2.0, 40.0, late ? 90.0 : 60.0, 300));
        }
        SoakTrend trend = SoakTrend.of(samples);
        assertEquals(5, trend.window());
        assertEquals(2.0, trend.cpuFirst(), 1e-9);
        assertEquals(3.0, trend.cpuLast(), 1e-9);
        assertEquals(1.5, trend.cpuRatio(), 1e-9);
        assertEquals("feed", trend.worstScenario());
        assertEquals(1.5, trend.p50Ratio(), 1e-9);
        assertEquals(300, trend.heapLast(), 1e-9);
    }

    @Test
    void cpuIsWeighedByTheRequestsOfEachMinuteAndAShortSoakComparesThirds() {
        List<SoakSample> samples = List.of(sample(1, 100, 1.0, 10, 10, 200), sample(2, 300, 3.0, 10, 10, 200),
                sample(3, 100, 1.0, 10, 10, 250), sample(4, 100, 1.0, 10, 20, 260), sample(5, 100, 1.0, 10, 10, 270),
                sample(6, 100, 1.0, 10, 10, 280));
        SoakTrend trend = SoakTrend.of(samples);
        assertEquals(2, trend.window());
        assertEquals((100 * 1.0 + 300 * 3.0) / 400, trend.cpuFirst(), 1e-9);
        assertEquals(1.0, trend.cpuLast(), 1e-9);
        assertEquals(275, trend.heapLast(), 1e-9);
        assertEquals(1.0, trend.p50Ratio(), 1e-9, "the feed's 20 ms in minute 4 is in neither window");
    }

    private static SoakSample sample(int minute, long requests, double cpu, double agenda, double feed, double heap) {
        Map<String, Double> p50 = new LinkedHashMap<>();
        p50.put("agenda-page", agenda);
        p50.put("feed", feed);
        return new SoakSample(minute, requests, 0, cpu, p50, heap, 100, 80);
    }
}
