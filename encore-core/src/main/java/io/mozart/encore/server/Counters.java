package io.mozart.encore.server;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link EncoreMetrics}. */
final class Counters {

    final AtomicInteger connectionsOpen = new AtomicInteger();
    final LongAdder connectionsTotal = new LongAdder();
    final LongAdder framesIn = new LongAdder();
    final LongAdder framesOut = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    final LongAdder droppedPackets = new LongAdder();
    final LongAdder decodeErrors = new LongAdder();
    final LongAdder unknownOpcodes = new LongAdder();
    final LongAdder guardRejections = new LongAdder();
    final LongAdder handlerErrors = new LongAdder();
    final LongAdder rejectedConnections = new LongAdder();
    /** Bytes in every session's outbound queue together. */
    final AtomicLong queuedBytes = new AtomicLong();

    final LongAdder budgetCloses = new LongAdder();
    final LongAdder timeoutCloses = new LongAdder();

    EncoreMetrics snapshot() {
        return new EncoreMetrics(
                connectionsOpen.get(),
                connectionsTotal.sum(),
                framesIn.sum(),
                framesOut.sum(),
                bytesIn.sum(),
                bytesOut.sum(),
                droppedPackets.sum(),
                decodeErrors.sum(),
                unknownOpcodes.sum(),
                guardRejections.sum(),
                handlerErrors.sum(),
                rejectedConnections.sum(),
                queuedBytes.get(),
                budgetCloses.sum(),
                timeoutCloses.sum());
    }
}
