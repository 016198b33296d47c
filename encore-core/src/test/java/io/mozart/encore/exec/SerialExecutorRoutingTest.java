package io.mozart.encore.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tasks of one queue on two executors, and inline runs: the order and "one at a time" hold throughout. */
class SerialExecutorRoutingTest {

    @Test
    void tasksOnAnotherExecutorKeepTheQueuesOrderAndRunThere() throws Exception {
        ExecutorService game = Executors.newFixedThreadPool(2, r -> new Thread(r, "game"));
        ExecutorService blocking = Executors.newFixedThreadPool(4, r -> new Thread(r, "blocking"));
        try {
            SerialExecutor serial = new SerialExecutor(game, 4, "routed");
            List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
            List<String> threads = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicInteger overlaps = new AtomicInteger();
            int n = 3000;
            CountDownLatch done = new CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                int k = i;
                boolean slow = i % 3 == 0;
                Runnable task = () -> {
                    if (running.incrementAndGet() != 1) {
                        overlaps.incrementAndGet();
                    }
                    seen.add(k);
                    threads.add(Thread.currentThread().getName() + (slow ? "/slow" : "/fast"));
                    running.decrementAndGet();
                };
                if (slow) {
                    serial.execute(task, blocking);
                } else {
                    serial.execute(task);
                }
            }
            serial.execute(done::countDown);
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertEquals(0, overlaps.get());
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i);
            }
            assertEquals(expected, seen);
            for (String t : threads) {
                assertTrue(t.equals("blocking/slow") || t.equals("game/fast"), t);
            }
        } finally {
            game.shutdownNow();
            blocking.shutdownNow();
        }
    }

    @Test
    void aBlockedTaskHoldsUpOnlyItsOwnQueue() throws Exception {
        ExecutorService game = Executors.newFixedThreadPool(1);
        ExecutorService blocking = Executors.newFixedThreadPool(2);
        try {
            SerialExecutor stuck = new SerialExecutor(game, 4, "stuck");
            SerialExecutor other = new SerialExecutor(game, 4, "other");
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch afterStuck = new CountDownLatch(1);
            CountDownLatch otherRan = new CountDownLatch(1);
            stuck.execute(
                    () -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    blocking);
            stuck.execute(afterStuck::countDown);
            other.execute(otherRan::countDown);
            assertTrue(otherRan.await(10, TimeUnit.SECONDS), "the one game thread is free while a task blocks");
            assertFalse(afterStuck.await(200, TimeUnit.MILLISECONDS), "the stuck queue's next task waits");
            release.countDown();
            assertTrue(afterStuck.await(10, TimeUnit.SECONDS));
        } finally {
            game.shutdownNow();
            blocking.shutdownNow();
        }
    }

    @Test
    void inlineRunsOnlyWhenIdleAndTasksSubmittedMeanwhileRunAfterIt() throws Exception {
        ExecutorService game = Executors.newFixedThreadPool(2);
        try {
            SerialExecutor serial = new SerialExecutor(game, 4, "inline");
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(1);
            boolean ran = serial.tryRunInline(() -> {
                seen.add("inline:" + Thread.currentThread().getName());
                serial.execute(() -> seen.add("queued"));
                serial.execute(done::countDown);
                seen.add("inline-end");
            });
            assertTrue(ran);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("inline:" + Thread.currentThread().getName(), "inline-end", "queued"), seen);

            CountDownLatch hold = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            serial.execute(() -> {
                started.countDown();
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertFalse(serial.tryRunInline(() -> seen.add("must not run")), "busy: the caller queues instead");
            hold.countDown();
        } finally {
            game.shutdownNow();
        }
    }
}
