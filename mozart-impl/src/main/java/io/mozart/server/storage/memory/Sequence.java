package io.mozart.server.storage.memory;

/** An auto-increment counter whose steps are undone with the transaction, like SQLite's sequence. */
final class Sequence {

    private final UndoLog log;
    private long last;

    Sequence(UndoLog log) {
        this.log = log;
    }

    long next() {
        final long previous = last;
        last = previous + 1;
        log.record(() -> last = previous);
        return last;
    }

    void atLeast(long value) {
        if (value > last) {
            final long previous = last;
            last = value;
            log.record(() -> last = previous);
        }
    }
}
