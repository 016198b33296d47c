package io.mozart.encore.server;

import io.netty.channel.EventLoop;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fair sender of one event loop: a round-robin queue of sessions that have packets to write and a
 * writable channel. Each turn writes at most {@code batch} packets of one session, flushes once, and puts the
 * session back at the tail if it still has packets. A session whose channel is not writable leaves the
 * round until Netty reports it writable again, so a slow reader never holds up anyone else.
 */
final class LoopSender implements Runnable {

    /** Session turns per run before the loop is given back to I/O. */
    private static final int TURNS_PER_RUN = 256;

    private final EventLoop loop;
    private final int batch;
    private final Queue<ServerSession> ready = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeupPending = new AtomicBoolean();

    LoopSender(EventLoop loop, int batch) {
        this.loop = loop;
        this.batch = batch;
    }

    /** Adds a session to the round; from any thread. The caller owns the session's "scheduled" flag. */
    void schedule(ServerSession session) {
        ready.add(session);
        wakeup();
    }

    private void wakeup() {
        if (wakeupPending.compareAndSet(false, true)) {
            try {
                loop.execute(this);
            } catch (RejectedExecutionException e) {
                // The loop is shutting down; its channels are closed and release their queues.
                wakeupPending.set(false);
            }
        }
    }

    @Override
    public void run() {
        wakeupPending.set(false);
        for (int turn = 0; turn < TURNS_PER_RUN; turn++) {
            ServerSession s = ready.poll();
            if (s == null) {
                return;
            }
            if (s.drainTurn(batch)) {
                ready.add(s);
            }
        }
        if (!ready.isEmpty()) {
            wakeup();
        }
    }
}
