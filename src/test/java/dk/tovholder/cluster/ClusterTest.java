package dk.tovholder.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.cluster.boundary.Cluster;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job never fails its timer (the container would cancel the timer
 * after two failures in a row) and never runs twice at once; alone, a node runs
 * the scheduled jobs.
 */
class ClusterTest {

    private final Cluster cluster = new Cluster();

    @Test
    void aFailingRunIsSwallowedAndTheNextRunRunsAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertFalse(cluster.runScheduled("outbox", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("relation \"outbox_mail\" does not exist");
        }), "a failed run says so, and throws nothing");
        assertFalse(cluster.runScheduled("outbox", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the pool is empty");
        }));
        assertTrue(cluster.runScheduled("outbox", runs::incrementAndGet), "the third time goes");
        assertEquals(3, runs.get(), "every time ran");
    }

    @Test
    void aTimeThatComesWhileTheLastRunStillGoesIsSkipped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Boolean> slow = CompletableFuture.supplyAsync(() -> cluster.runScheduled("outbox", () -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        assertFalse(cluster.runScheduled("outbox", runs::incrementAndGet), "the outbox is still being sent");
        assertTrue(cluster.runScheduled("reminders", runs::incrementAndGet), "another job runs meanwhile");
        release.countDown();
        assertTrue(slow.get(10, TimeUnit.SECONDS));
        assertTrue(cluster.runScheduled("outbox", runs::incrementAndGet), "the next time after it runs");
        assertEquals(3, runs.get());
    }

    @Test
    void aNodeAloneRunsTheScheduledJobs() {
        assertTrue(cluster.runsScheduledJobs(), "no data grid: this node is the whole cluster");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
