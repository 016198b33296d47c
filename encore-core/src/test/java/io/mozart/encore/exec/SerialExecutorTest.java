package io.mozart.encore.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
    void anErrorInATaskNeverLeavesTheQueueStuck() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Error> fatal = new java.util.concurrent.CopyOnWriteArrayList<>();
            SerialExecutor s = new SerialExecutor(pool, 2, "fatal", fatal::add);
            List<Integer> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                s.execute(() -> {
                    ran.add(n);
                    if (n == 1) {
                        throw new OutOfMemoryError("simulated");
                    }
                    if (n == 4) {
                        throw new StackOverflowError("simulated");
                    }
                    if (n == 6) {
                        throw new AssertionError("simulated");
                    }
                });
            }
            CountDownLatch done = new CountDownLatch(1);
            s.execute(done::countDown);
            assertTrue(done.await(10, TimeUnit.SECONDS), "the queue went on after the errors");
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), ran);
            assertEquals(3, fatal.size());
            assertTrue(fatal.get(0) instanceof OutOfMemoryError);
            for (int i = 0; i < 100 && s.pending() != 0; i++) {
                Thread.sleep(10);
            }
            assertEquals(0, s.pending(), "every failed task counts as finished");
            // A hook that itself throws does not stop the queue either.
            SerialExecutor t = new SerialExecutor(pool, 1, "bad-hook", e -> {
                throw new IllegalStateException("hook");
            });
            t.execute(() -> {
                throw new OutOfMemoryError("simulated");
            });
            CountDownLatch after = new CountDownLatch(1);
            t.execute(after::countDown);
            assertTrue(after.await(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStoppedDelegateRejects() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        SerialExecutor s = new SerialExecutor(pool);
        assertThrows(RejectedExecutionException.class, () -> s.execute(() -> {}));
        assertEquals(0, s.pending());
    }
}
