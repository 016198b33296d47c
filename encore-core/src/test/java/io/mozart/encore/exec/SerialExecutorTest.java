package io.mozart.encore.exec;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Serial order on a shared pool. */
class SerialExecutorTest {

    @Test
    void tasksRunOneAtATimeInSubmissionOrderAcrossManyQueues() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            int queues = 8;
            int perQueue = 2000;
            List<SerialExecutor> serials = new ArrayList<>();
            List<List<Integer>> seen = new ArrayList<>();
            AtomicInteger overlaps = new AtomicInteger();
            List<AtomicInteger> running = new ArrayList<>();
            for (int q = 0; q < queues; q++) {
                serials.add(new SerialExecutor(pool, 3, "q" + q));
                seen.add(new ArrayList<>());
                running.add(new AtomicInteger());
            }
            CountDownLatch done = new CountDownLatch(queues);
            ExecutorService submitters = Executors.newFixedThreadPool(queues);
            for (int q = 0; q < queues; q++) {
                int qq = q;
                submitters.execute(() -> {
                    for (int i = 0; i < perQueue; i++) {
                        int n = i;
                        serials.get(qq).execute(() -> {
                            if (running.get(qq).incrementAndGet() != 1) {
                                overlaps.incrementAndGet();
                            }
                            seen.get(qq).add(n); // unsynchronised on purpose: serial execution makes it safe
                            if (n == perQueue / 2) {
                                running.get(qq).decrementAndGet();
                                throw new IllegalStateException("task failure must not stop the queue");
                            }
                            running.get(qq).decrementAndGet();
                        });
                    }
                    serials.get(qq).execute(done::countDown);
                });
            }
            assertTrue(done.await(60, TimeUnit.SECONDS));
            submitters.shutdown();
            assertEquals(0, overlaps.get());
            for (int q = 0; q < queues; q++) {
                assertEquals(perQueue, seen.get(q).size());
                for (int i = 0; i < perQueue; i++) {
                    assertEquals(i, seen.get(q).get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStoppedDelegateRejects() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        SerialExecutor s = new SerialExecutor(pool);
        assertThrows(RejectedExecutionException.class, () -> s.execute(() -> { }));
        assertEquals(0, s.pending());
    }
}
