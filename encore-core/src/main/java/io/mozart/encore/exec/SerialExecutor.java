package io.mozart.encore.exec;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial queue on top of a shared {@link Executor}: tasks run one at a time, in submission order,
 * on whatever thread the delegate provides. Never two tasks of one {@code SerialExecutor} at once; a task
 * happens-before the next one.
 *
 * <p>Used per session by the server, and by the game for rooms and channels. The queue does not hold a
 * thread while it is empty. To keep a busy queue from monopolising a pooled thread, at most
 * {@code batchSize} tasks run per turn; the queue then goes to the back of the delegate's queue.
 *
 * <p>A task that throws is logged and does not stop the queue, whatever it throws: an {@link Error}, even a
 * {@link VirtualMachineError} such as {@link OutOfMemoryError}, is caught too, the task counts as finished and
 * the next one runs. An {@code Error} is also handed to the queue's fatal-error hook (the server closes the
 * session then). If the delegate refuses a turn (it has been shut down), the queued tasks are discarded and
 * {@link RejectedExecutionException} is thrown to the caller that submitted the task which started the turn.
 */
public final class SerialExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    /** Tasks per turn when no batch size is given. */
    public static final int DEFAULT_BATCH_SIZE = 64;

    private final Executor delegate;
    private final int batchSize;
    private final String name;
    private final Queue<Task> tasks = new ConcurrentLinkedQueue<>();
    /** Number of tasks submitted and not yet finished; a turn is scheduled exactly when it goes 0 → 1. */
    private final AtomicInteger pending = new AtomicInteger();

    private final Consumer<Error> onFatal;

    /** A queued task and the executor it must run on ({@code null}: the delegate). */
    private record Task(Runnable run, Executor where) {}

    /**
     * Creates a serial queue with the default batch size.
     *
     * @param delegate the shared executor that provides the threads
     */
    public SerialExecutor(Executor delegate) {
        this(delegate, DEFAULT_BATCH_SIZE, "serial");
    }

    /**
     * Creates a serial queue.
     *
     * @param delegate  the shared executor that provides the threads
     * @param batchSize tasks run per turn before yielding the thread (at least 1)
     * @param name      a name for log lines
     */
    public SerialExecutor(Executor delegate, int batchSize, String name) {
        this(delegate, batchSize, name, e -> {});
    }

    /**
     * Creates a serial queue with a hook for fatal errors.
     *
     * @param delegate  the shared executor that provides the threads
     * @param batchSize tasks run per turn before yielding the thread (at least 1)
     * @param name      a name for log lines
     * @param onFatal   called, on the task's thread, with every {@link Error} a task throws (after it is
     *                  logged); the queue goes on either way. What the hook throws is ignored.
     */
    public SerialExecutor(Executor delegate, int batchSize, String name, Consumer<Error> onFatal) {
        this.onFatal = Objects.requireNonNull(onFatal, "onFatal");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Queues a task behind every task submitted before it.
     *
     * @param task the task
     * @throws RejectedExecutionException when the delegate refuses to run the queue
     */
    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        tasks.add(new Task(task, null));
        if (pending.getAndIncrement() == 0) {
            schedule(null);
        }
    }

    /**
     * Queues a task behind every task submitted before it, to run on another executor than the delegate (for
     * example blocking work on a pool of its own). The order is the same: the queue moves to that executor for the
     * task and back for the next one, so the next task of this queue waits for it and other queues do not.
     *
     * @param task  the task
     * @param where the executor to run it on
     * @throws RejectedExecutionException when the executor refuses to run the queue
     */
    public void execute(Runnable task, Executor where) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(where, "where");
        tasks.add(new Task(task, where == delegate ? null : where));
        if (pending.getAndIncrement() == 0) {
            schedule(tasks.peek().where());
        }
    }

    /**
     * Runs a task at once on the calling thread when the queue is idle (nothing queued or running), as the queue's
     * next task: no task of this queue runs at the same time, and tasks submitted meanwhile run after it. Used to
     * save the hand-off to another thread for short work that never blocks.
     *
     * @param task the task
     * @return whether it ran; {@code false} when the queue was busy (the caller queues it instead)
     */
    public boolean tryRunInline(Runnable task) {
        if (!pending.compareAndSet(0, 1)) {
            return false;
        }
        try {
            task.run();
        } catch (Error e) {
            fatal(e);
        } catch (Throwable t) {
            LOG.error("{}: task failed", name, t);
        }
        if (pending.decrementAndGet() > 0) {
            // Tasks came while this one ran; their submitters saw the queue busy and left the turn to us.
            try {
                schedule(tasks.peek().where());
            } catch (RejectedExecutionException e) {
                LOG.debug("{}: executor shut down, remaining tasks discarded", name);
            }
        }
        return true;
    }

    /** @return tasks queued or running */
    public int pending() {
        return pending.get();
    }

    private void schedule(Executor where) {
        try {
            if (where == null) {
                delegate.execute(this::runDelegateTurn);
            } else {
                where.execute(() -> runTurn(where));
            }
        } catch (RejectedExecutionException e) {
            int dropped = 0;
            while (tasks.poll() != null) {
                dropped++;
            }
            pending.addAndGet(-dropped);
            throw e;
        }
    }

    private void runDelegateTurn() {
        runTurn(null);
    }

    /** @param on the executor this turn runs on ({@code null}: the delegate) */
    private void runTurn(Executor on) {
        Executor next = on;
        for (int i = 0; i < batchSize; i++) {
            // Only one turn runs at a time, so the head seen here is the one polled below.
            Task task = tasks.peek();
            if (task == null) {
                // Cannot happen while pending > 0 except transiently; the submitter will see pending > 0.
                return;
            }
            if (task.where() != on) {
                next = task.where();
                break;
            }
            tasks.poll();
            try {
                task.run().run();
            } catch (Error e) {
                fatal(e);
            } catch (Throwable t) {
                LOG.error("{}: task failed", name, t);
            }
            // Always reached: a task that failed, however badly, still counts as finished.
            if (pending.decrementAndGet() == 0) {
                return;
            }
        }
        // More work: yield the thread and continue at the back of the (next task's) executor's queue.
        try {
            schedule(next);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: executor shut down, remaining tasks discarded", name);
        }
    }

    private void fatal(Error e) {
        try {
            LOG.error("{}: task failed with {}", name, e.getClass().getName(), e);
        } catch (Throwable ignored) {
            // Logging itself may fail when memory is short; the queue must go on regardless.
        }
        try {
            onFatal.accept(e);
        } catch (Throwable ignored) {
            // The hook's own failure must not stop the queue either.
        }
    }

    @Override
    public String toString() {
        return "SerialExecutor[" + name + ", pending=" + pending.get() + "]";
    }
}
