package io.mozart.api;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may hold of the game port: connections per address, time before it must authorize, time it may
 * stay silent, time the server waits for it to read, and the bytes queued for it. A zero duration or count turns
 * that limit off. The connection count itself is {@link ServerOptions#maxConnections()}.
 *
 * @param perAddress          simultaneous connections from one IP address; 0 = unlimited
 * @param handshakeTimeout    a connection that has not authorized this long after connecting is closed
 * @param idleTimeout         a connection from which nothing arrived this long is closed (the client's pings count)
 * @param writeTimeout        a connection that read nothing of what the server queued for it this long is closed
 * @param sendQueueBytes      bytes queued for one client at which it is closed as a client that does not read
 *                            (at least 64 KiB)
 * @param totalSendQueueBytes bytes queued for all clients together; 0 = a quarter of the JVM's direct memory
 */
public record ConnectionLimits(
        int perAddress,
        Duration handshakeTimeout,
        Duration idleTimeout,
        Duration writeTimeout,
        long sendQueueBytes,
        long totalSendQueueBytes) {

    /** Default connections per address for an embedded server: unlimited (tests and LANs share one address). */
    public static final int DEFAULT_PER_ADDRESS = 0;
    /** Default time allowed before Authorize. */
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);
    /** Default silence allowed: far longer than any ping interval. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    /** Default time the server waits for a client to read. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
    /** Default bytes queued for one client: 4 MiB, about 130 maximum-size frames. */
    public static final long DEFAULT_SEND_QUEUE_BYTES = 4L * 1024 * 1024;

    /** The defaults. */
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(
            DEFAULT_PER_ADDRESS,
            DEFAULT_HANDSHAKE_TIMEOUT,
            DEFAULT_IDLE_TIMEOUT,
            DEFAULT_WRITE_TIMEOUT,
            DEFAULT_SEND_QUEUE_BYTES,
            0);

    /**
     * Validates the values.
     *
     * @param perAddress          connections per address
     * @param handshakeTimeout    time before Authorize
     * @param idleTimeout         silence allowed
     * @param writeTimeout        time to read
     * @param sendQueueBytes      bytes queued per client
     * @param totalSendQueueBytes bytes queued in total
     */
    public ConnectionLimits {
        if (perAddress < 0) {
            throw new IllegalArgumentException("perAddress must not be negative: " + perAddress);
        }
        handshakeTimeout = nonNegative(handshakeTimeout, "handshakeTimeout");
        idleTimeout = nonNegative(idleTimeout, "idleTimeout");
        writeTimeout = nonNegative(writeTimeout, "writeTimeout");
        if (sendQueueBytes < 64 * 1024) {
            throw new IllegalArgumentException("sendQueueBytes must be at least 65536: " + sendQueueBytes);
        }
        if (totalSendQueueBytes < 0) {
            throw new IllegalArgumentException("totalSendQueueBytes must not be negative: " + totalSendQueueBytes);
        }
    }

    private static Duration nonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** @param value connections per address, 0 = unlimited @return a copy with it */
    public ConnectionLimits withPerAddress(int value) {
        return new ConnectionLimits(
                value, handshakeTimeout, idleTimeout, writeTimeout, sendQueueBytes, totalSendQueueBytes);
    }

    /** @param value time before Authorize, zero = off @return a copy with it */
    public ConnectionLimits withHandshakeTimeout(Duration value) {
        return new ConnectionLimits(perAddress, value, idleTimeout, writeTimeout, sendQueueBytes, totalSendQueueBytes);
    }

    /** @param value silence allowed, zero = off @return a copy with it */
    public ConnectionLimits withIdleTimeout(Duration value) {
        return new ConnectionLimits(
                perAddress, handshakeTimeout, value, writeTimeout, sendQueueBytes, totalSendQueueBytes);
    }

    /** @param value time to read, zero = off @return a copy with it */
    public ConnectionLimits withWriteTimeout(Duration value) {
        return new ConnectionLimits(
                perAddress, handshakeTimeout, idleTimeout, value, sendQueueBytes, totalSendQueueBytes);
    }

    /** @param value bytes queued per client @return a copy with it */
    public ConnectionLimits withSendQueueBytes(long value) {
        return new ConnectionLimits(
                perAddress, handshakeTimeout, idleTimeout, writeTimeout, value, totalSendQueueBytes);
    }

    /** @param value bytes queued in total, 0 = automatic @return a copy with it */
    public ConnectionLimits withTotalSendQueueBytes(long value) {
        return new ConnectionLimits(perAddress, handshakeTimeout, idleTimeout, writeTimeout, sendQueueBytes, value);
    }
}
