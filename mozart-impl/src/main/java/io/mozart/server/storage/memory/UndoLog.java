package io.mozart.server.storage.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock over the whole in-memory store plus an undo log: every mutation made while the lock is
 * held registers how to revert it, and a failing unit of work is reverted in reverse order.
 */
final class UndoLog {

    private final ReentrantLock lock = new ReentrantLock();
    private Deque<Runnable> undo;

    <T> T atomically(Supplier<T> work) {
        lock.lock();
        try {
            if (undo != null) {
                return work.get();
            }
            undo = new ArrayDeque<>();
            try {
                final T result = work.get();
                undo = null;
                return result;
            } catch (RuntimeException | Error e) {
                final Deque<Runnable> steps = undo;
                undo = null;
                while (!steps.isEmpty()) {
                    steps.pop().run();
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    void record(Runnable revert) {
        if (!lock.isHeldByCurrentThread() || undo == null) {
            throw new IllegalStateException("in-memory storage mutated outside its lock");
        }
        undo.push(revert);
    }
}
