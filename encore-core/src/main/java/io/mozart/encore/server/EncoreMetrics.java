package io.mozart.encore.server;

/**
 * A snapshot of a server's counters. All values count since start, except {@code connectionsOpen}.
 *
 * @param connectionsOpen     sessions open now
 * @param connectionsTotal    sessions accepted since start (rejected connections not included)
 * @param framesIn            inbound frames, empty ones included
 * @param framesOut           outbound frames written to sockets
 * @param bytesIn             inbound bytes read from sockets
 * @param bytesOut            outbound frame bytes written to sockets
 * @param droppedPackets      droppable packets discarded because a queue passed the drop threshold
 * @param decodeErrors        frames dropped because the body did not decode
 * @param unknownOpcodes      frames dropped because the opcode is not registered
 * @param guardRejections     handler runs refused by a guard
 * @param handlerErrors       handler runs that threw (an {@link Error} escaping a session's task included)
 * @param rejectedConnections connections closed at once because of {@code maxConnections} or
 *                            {@code maxConnectionsPerAddress}
 * @param queuedBytes         bytes waiting in all outbound queues now
 * @param budgetCloses        sessions closed because a reliable packet would pass {@code maxQueuedPackets},
 *                            {@code maxQueuedBytes} or {@code maxTotalQueuedBytes}
 * @param timeoutCloses       sessions closed by the handshake, idle or write timeout
 */
public record EncoreMetrics(
        long connectionsOpen,
        long connectionsTotal,
        long framesIn,
        long framesOut,
        long bytesIn,
        long bytesOut,
        long droppedPackets,
        long decodeErrors,
        long unknownOpcodes,
        long guardRejections,
        long handlerErrors,
        long rejectedConnections,
        long queuedBytes,
        long budgetCloses,
        long timeoutCloses) {}
