package io.mozart.encore.exec;

import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread factory that names its threads {@code prefix-N} and remembers them, so that their owner can
 * wait for every one of them to end ({@link #joinAll}). Threads are Netty
 * {@link FastThreadLocalThread}s, so Netty's thread-local caches work on them.
 */
public final class NamedThreadFactory implements ThreadFactory {

    private final String prefix;
    private final boolean daemon;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    /**
     * Creates the factory.
     *
     * @param prefix thread name prefix
     * @param daemon whether the threads are daemon threads
     */
    public NamedThreadFactory(String prefix, boolean daemon) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.daemon = daemon;
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new FastThreadLocalThread(r, prefix + "-" + counter.incrementAndGet());
        t.setDaemon(daemon);
        synchronized (threads) {
            threads.removeIf(x -> x.getState() == Thread.State.TERMINATED);
            threads.add(t);
        }
        return t;
    }

    /**
     * Waits for every thread this factory created to end.
     *
     * @param timeout the total time to wait
     * @param unit    its unit
     * @return whether all of them ended in time
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean joinAll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        List<Thread> copy;
        synchronized (threads) {
            copy = new ArrayList<>(threads);
        }
        for (Thread t : copy) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return !anyAlive(copy);
            }
            TimeUnit.NANOSECONDS.timedJoin(t, left);
        }
        return !anyAlive(copy);
    }

    private static boolean anyAlive(List<Thread> list) {
        for (Thread t : list) {
            if (t.isAlive()) {
                return true;
            }
        }
        return false;
    }

    /** @return the name prefix */
    public String prefix() {
        return prefix;
    }
}
