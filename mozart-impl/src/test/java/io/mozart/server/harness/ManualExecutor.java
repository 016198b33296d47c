package io.mozart.server.harness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The harness's only "thread": one FIFO of tasks that the test drains on its own thread, plus a manual clock
 * with timers that fire when the test {@linkplain #advance advances} it. It serves as the game executor, the
 * scheduler and every session's serial queue, so a test runs the game in one deterministic order. A task that
 * throws fails the test at the next {@link #runUntilQuiet()} (the real executors would log it).
 */
final class ManualExecutor extends AbstractExecutorService implements ScheduledExecutorService {

    /** Stops a runaway loop (a task that keeps queuing tasks) instead of hanging the build. */
    private static final int MAX_TASKS_PER_DRAIN = 1_000_000;

    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final PriorityQueue<Timer<?>> timers = new PriorityQueue<>();
    private final Instant epoch;
    private long nowNanos;
    private long timerSequence;
    private boolean shutdown;

    /** @param epoch the instant the clock shows before the first {@link #advance} */
    ManualExecutor(Instant epoch) {
        this.epoch = epoch;
    }

    /** @return a clock that moves only with {@link #advance} */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the harness clock is UTC");
            }

            @Override
            public Instant instant() {
                return epoch.plusNanos(nowNanos);
            }
        };
    }

    /** Runs queued tasks, in queue order, until none is left (tasks may queue more). */
    void runUntilQuiet() {
        int ran = 0;
        Runnable task;
        while ((task = queue.poll()) != null) {
            if (++ran > MAX_TASKS_PER_DRAIN) {
                throw new IllegalStateException("more than " + MAX_TASKS_PER_DRAIN + " tasks: a loop?");
            }
            task.run();
        }
    }

    /**
     * Moves the clock forward, firing the timers that come due in time order (each followed by the tasks it
     * queued), then runs until quiet.
     *
     * @param by how far
     */
    void advance(Duration by) {
        long target = nowNanos + by.toNanos();
        runUntilQuiet();
        while (!timers.isEmpty() && timers.peek().dueNanos <= target) {
            Timer<?> t = timers.poll();
            nowNanos = Math.max(nowNanos, t.dueNanos);
            t.fire();
            runUntilQuiet();
        }
        nowNanos = target;
    }

    /** @return how many timers are armed (not cancelled, not fired) */
    int armedTimers() {
        return timers.size();
    }

    @Override
    public void execute(Runnable command) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("harness closed");
        }
        queue.add(command);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return schedule(
                () -> {
                    command.run();
                    return null;
                },
                delay,
                unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        Timer<V> t = new Timer<>(callable, nowNanos + Math.max(0, unit.toNanos(delay)), timerSequence++);
        timers.add(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("no periodic timers in the game layer yet");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("no periodic timers in the game layer yet");
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        timers.clear();
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    /** A timer on the manual clock. */
    private final class Timer<V> implements ScheduledFuture<V> {
        private final Callable<V> task;
        private final long dueNanos;
        private final long sequence;
        private boolean cancelled;
        private boolean done;
        private V result;
        private Exception failure;

        Timer(Callable<V> task, long dueNanos, long sequence) {
            this.task = task;
            this.dueNanos = dueNanos;
            this.sequence = sequence;
        }

        void fire() {
            done = true;
            try {
                result = task.call();
            } catch (Exception e) {
                failure = e;
                throw new IllegalStateException("timer task failed", e);
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            if (o instanceof Timer<?> t) {
                int c = Long.compare(dueNanos, t.dueNanos);
                return c != 0 ? c : Long.compare(sequence, t.sequence);
            }
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done) {
                return false;
            }
            cancelled = true;
            done = true;
            timers.remove(this);
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public V get() throws ExecutionException {
            if (cancelled) {
                throw new CancellationException();
            }
            if (!done) {
                throw new IllegalStateException("the harness never blocks: advance the clock first");
            }
            if (failure != null) {
                throw new ExecutionException(failure);
            }
            return result;
        }

        @Override
        public V get(long timeout, TimeUnit unit) throws ExecutionException {
            return get();
        }
    }
}
