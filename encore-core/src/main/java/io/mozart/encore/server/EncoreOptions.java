package io.mozart.encore.server;

import io.mozart.encore.pipeline.FrameDecoder;
import io.mozart.encore.session.DefaultPhase;
import io.netty.util.internal.PlatformDependent;
import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of an {@link EncoreServer}. Immutable; build with {@link #builder()}. Every option has a default,
 * so {@code EncoreOptions.defaults()} is a working configuration.
 */
public final class EncoreOptions {

    private final int ioThreads;
    private final int gameThreads;
    private final int blockingThreads;
    private final int dropThreshold;
    private final int maxQueuedPackets;
    private final long maxQueuedBytes;
    private final long maxTotalQueuedBytes;
    private final int maxConnectionsPerAddress;
    private final Duration handshakeTimeout;
    private final Duration writeTimeout;
    private final int maxFrameLength;
    private final int maxConnections;
    private final int maxPendingRequests;
    private final Duration idleTimeout;
    private final boolean tcpNoDelay;
    private final int writeBufferLowWaterMark;
    private final int writeBufferHighWaterMark;
    private final int writeBatchSize;
    private final int sendBufferSize;
    private final int receiveBufferSize;
    private final int backlog;
    private final Duration closeTimeout;
    private final boolean logFrames;
    private final Object initialPhase;
    private final String threadNamePrefix;

    private EncoreOptions(Builder b) {
        this.ioThreads = b.ioThreads;
        this.gameThreads = b.gameThreads;
        this.blockingThreads = b.blockingThreads;
        this.dropThreshold = b.dropThreshold;
        this.maxQueuedPackets = b.maxQueuedPackets;
        this.maxQueuedBytes = b.maxQueuedBytes;
        this.maxTotalQueuedBytes = b.maxTotalQueuedBytes > 0 ? b.maxTotalQueuedBytes : autoTotalQueuedBytes();
        this.maxConnectionsPerAddress = b.maxConnectionsPerAddress;
        this.handshakeTimeout = b.handshakeTimeout;
        this.writeTimeout = b.writeTimeout;
        this.maxFrameLength = b.maxFrameLength;
        this.maxConnections = b.maxConnections;
        this.maxPendingRequests = b.maxPendingRequests;
        this.idleTimeout = b.idleTimeout;
        this.tcpNoDelay = b.tcpNoDelay;
        this.writeBufferLowWaterMark = b.writeBufferLowWaterMark;
        this.writeBufferHighWaterMark = b.writeBufferHighWaterMark;
        this.writeBatchSize = b.writeBatchSize;
        this.sendBufferSize = b.sendBufferSize;
        this.receiveBufferSize = b.receiveBufferSize;
        this.backlog = b.backlog;
        this.closeTimeout = b.closeTimeout;
        this.logFrames = b.logFrames;
        this.initialPhase = b.initialPhase;
        this.threadNamePrefix = b.threadNamePrefix;
    }

    private static long autoTotalQueuedBytes() {
        long direct = PlatformDependent.maxDirectMemory();
        if (direct <= 0) {
            direct = Runtime.getRuntime().maxMemory();
        }
        return Math.max(16L * 1024 * 1024, direct / 4);
    }

    /** @return a builder with every default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults */
    public static EncoreOptions defaults() {
        return builder().build();
    }

    /** @return Netty event-loop threads; 0 = Netty's default (2 × cores) */
    public int ioThreads() {
        return ioThreads;
    }

    /** @return game executor threads (default: number of cores, at least 2) */
    public int gameThreads() {
        return gameThreads;
    }

    /** @return threads of the blocking pool that runs routes registered with {@code Routes.Builder.onBlocking} */
    public int blockingThreads() {
        return blockingThreads;
    }

    /** @return queued packets at which droppable packets are discarded (default 250) */
    public int dropThreshold() {
        return dropThreshold;
    }

    /**
     * @return queued packets at which a reliable send closes the session as a hopeless slow reader
     *         (default 65536)
     */
    public int maxQueuedPackets() {
        return maxQueuedPackets;
    }

    /**
     * @return bytes of queued outbound frames of one session at which a reliable send closes the session as a
     *         peer that does not read, and droppable packets are dropped (default 4 MiB)
     */
    public long maxQueuedBytes() {
        return maxQueuedBytes;
    }

    /**
     * @return bytes of queued outbound frames of all sessions together above which droppable packets are
     *         dropped and a reliable send to a session that itself holds more than the write-buffer high water
     *         mark closes that session (default: a quarter of the JVM's direct-memory limit, at least 16 MiB)
     */
    public long maxTotalQueuedBytes() {
        return maxTotalQueuedBytes;
    }

    /** @return simultaneous connections from one IP address; 0 = unlimited (default 0) */
    public int maxConnectionsPerAddress() {
        return maxConnectionsPerAddress;
    }

    /**
     * @return close a session still in the {@link #initialPhase() initial phase} this long after it connected;
     *         {@code null} = off (default)
     */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /**
     * @return close a session whose channel stays unwritable (the peer reads nothing of what is queued) this
     *         long; {@code null} = off (default)
     */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** @return largest accepted inbound frame, prefix included (default and maximum 32767) */
    public int maxFrameLength() {
        return maxFrameLength;
    }

    /** @return simultaneous connections; 0 = unlimited (default 0) */
    public int maxConnections() {
        return maxConnections;
    }

    /**
     * @return decoded packets of one session waiting for the game executor at which reading from that
     *         socket pauses until half of them are handled (default 1024)
     */
    public int maxPendingRequests() {
        return maxPendingRequests;
    }

    /**
     * @return close a connection from which nothing has been read for this long (also while reading is paused,
     *         so that a vanished peer is noticed); {@code null} = off (default)
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** @return TCP_NODELAY (default true) */
    public boolean tcpNoDelay() {
        return tcpNoDelay;
    }

    /** @return Netty's write-buffer low water mark in bytes (default 32 KiB) */
    public int writeBufferLowWaterMark() {
        return writeBufferLowWaterMark;
    }

    /** @return Netty's write-buffer high water mark in bytes (default 64 KiB) */
    public int writeBufferHighWaterMark() {
        return writeBufferHighWaterMark;
    }

    /** @return packets written per session per round-robin turn, one flush per turn (default 64) */
    public int writeBatchSize() {
        return writeBatchSize;
    }

    /** @return SO_SNDBUF of accepted sockets; 0 = OS default */
    public int sendBufferSize() {
        return sendBufferSize;
    }

    /** @return SO_RCVBUF of accepted sockets; 0 = OS default */
    public int receiveBufferSize() {
        return receiveBufferSize;
    }

    /** @return the listen backlog (default 128) */
    public int backlog() {
        return backlog;
    }

    /**
     * @return how long {@link EncoreServer#close()} and {@code Session.close} wait for queued writes to go out
     *         (default 2 s); the same bound applies to each further shutdown step
     */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    /** @return log every inbound and outbound payload in hex at debug level (default false) */
    public boolean logFrames() {
        return logFrames;
    }

    /** @return the phase of a new session (default {@link DefaultPhase#CONNECTED}) */
    public Object initialPhase() {
        return initialPhase;
    }

    /** @return prefix of every thread the server starts; {@code null} = {@code encore-N} (per server) */
    public String threadNamePrefix() {
        return threadNamePrefix;
    }

    /** Mutable builder of {@link EncoreOptions}. */
    public static final class Builder {

        private int ioThreads;
        private int gameThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int blockingThreads = 16;
        private int dropThreshold = 250;
        private int maxQueuedPackets = 65536;
        private long maxQueuedBytes = 4L * 1024 * 1024;
        private long maxTotalQueuedBytes;
        private int maxConnectionsPerAddress;
        private Duration handshakeTimeout;
        private Duration writeTimeout;
        private int maxFrameLength = FrameDecoder.MAX_FRAME_LENGTH;
        private int maxConnections;
        private int maxPendingRequests = 1024;
        private Duration idleTimeout;
        private boolean tcpNoDelay = true;
        private int writeBufferLowWaterMark = 32 * 1024;
        private int writeBufferHighWaterMark = 64 * 1024;
        private int writeBatchSize = 64;
        private int sendBufferSize;
        private int receiveBufferSize;
        private int backlog = 128;
        private Duration closeTimeout = Duration.ofSeconds(2);
        private boolean logFrames;
        private Object initialPhase = DefaultPhase.CONNECTED;
        private String threadNamePrefix;

        private Builder() {}

        private static int atLeast(String name, int value, int min) {
            if (value < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
            }
            return value;
        }

        /**
         * @param n event-loop threads, 0 = Netty default
         * @return this builder
         */
        public Builder ioThreads(int n) {
            this.ioThreads = atLeast("ioThreads", n, 0);
            return this;
        }

        /**
         * @param n game executor threads (at least 1)
         * @return this builder
         */
        public Builder gameThreads(int n) {
            this.gameThreads = atLeast("gameThreads", n, 1);
            return this;
        }

        /**
         * @param n threads of the blocking pool (at least 1; default 16): at most this many blocking requests run at
         *          once, the rest wait in the pool's queue
         * @return this builder
         */
        public Builder blockingThreads(int n) {
            this.blockingThreads = atLeast("blockingThreads", n, 1);
            return this;
        }

        /**
         * @param n queue length at which droppable packets are discarded (at least 1)
         * @return this builder
         */
        public Builder dropThreshold(int n) {
            this.dropThreshold = atLeast("dropThreshold", n, 1);
            return this;
        }

        /**
         * @param n queue length at which a reliable send closes the session (at least 1)
         * @return this builder
         */
        public Builder maxQueuedPackets(int n) {
            this.maxQueuedPackets = atLeast("maxQueuedPackets", n, 1);
            return this;
        }

        /**
         * @param bytes queued outbound bytes of one session at which a reliable send closes it (at least 64 KiB,
         *              two maximum frames)
         * @return this builder
         */
        public Builder maxQueuedBytes(long bytes) {
            if (bytes < 64 * 1024) {
                throw new IllegalArgumentException("maxQueuedBytes must be at least 65536: " + bytes);
            }
            this.maxQueuedBytes = bytes;
            return this;
        }

        /**
         * @param bytes queued outbound bytes of all sessions together; 0 = automatic (a quarter of the JVM's
         *              direct-memory limit, at least 16 MiB)
         * @return this builder
         */
        public Builder maxTotalQueuedBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("maxTotalQueuedBytes must not be negative: " + bytes);
            }
            this.maxTotalQueuedBytes = bytes;
            return this;
        }

        /**
         * @param n simultaneous connections from one IP address, 0 = unlimited
         * @return this builder
         */
        public Builder maxConnectionsPerAddress(int n) {
            this.maxConnectionsPerAddress = atLeast("maxConnectionsPerAddress", n, 0);
            return this;
        }

        /**
         * @param timeout time a session may stay in the initial phase, {@code null} or zero = off
         * @return this builder
         */
        public Builder handshakeTimeout(Duration timeout) {
            this.handshakeTimeout = positiveOrNull(timeout);
            return this;
        }

        /**
         * @param timeout time a session's channel may stay unwritable, {@code null} or zero = off
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = positiveOrNull(timeout);
            return this;
        }

        private static Duration positiveOrNull(Duration timeout) {
            return timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
        }

        /**
         * @param n largest inbound frame, prefix included (2..32767)
         * @return this builder
         */
        public Builder maxFrameLength(int n) {
            if (n < 2 || n > FrameDecoder.MAX_FRAME_LENGTH) {
                throw new IllegalArgumentException("maxFrameLength must be 2..32767: " + n);
            }
            this.maxFrameLength = n;
            return this;
        }

        /**
         * @param n simultaneous connections, 0 = unlimited
         * @return this builder
         */
        public Builder maxConnections(int n) {
            this.maxConnections = atLeast("maxConnections", n, 0);
            return this;
        }

        /**
         * @param n per-session pending decoded packets at which reading pauses (at least 2)
         * @return this builder
         */
        public Builder maxPendingRequests(int n) {
            this.maxPendingRequests = atLeast("maxPendingRequests", n, 2);
            return this;
        }

        /**
         * @param timeout time without any inbound byte after which a connection is closed, {@code null} or
         *                zero = off
         * @return this builder
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
            return this;
        }

        /**
         * @param on TCP_NODELAY
         * @return this builder
         */
        public Builder tcpNoDelay(boolean on) {
            this.tcpNoDelay = on;
            return this;
        }

        /**
         * @param low  low water mark in bytes
         * @param high high water mark in bytes (at least {@code low})
         * @return this builder
         */
        public Builder writeBufferWaterMarks(int low, int high) {
            atLeast("writeBufferLowWaterMark", low, 0);
            atLeast("writeBufferHighWaterMark", high, Math.max(low, 1));
            this.writeBufferLowWaterMark = low;
            this.writeBufferHighWaterMark = high;
            return this;
        }

        /**
         * @param n packets per session per turn (at least 1)
         * @return this builder
         */
        public Builder writeBatchSize(int n) {
            this.writeBatchSize = atLeast("writeBatchSize", n, 1);
            return this;
        }

        /**
         * @param bytes SO_SNDBUF, 0 = OS default
         * @return this builder
         */
        public Builder sendBufferSize(int bytes) {
            this.sendBufferSize = atLeast("sendBufferSize", bytes, 0);
            return this;
        }

        /**
         * @param bytes SO_RCVBUF, 0 = OS default
         * @return this builder
         */
        public Builder receiveBufferSize(int bytes) {
            this.receiveBufferSize = atLeast("receiveBufferSize", bytes, 0);
            return this;
        }

        /**
         * @param n listen backlog (at least 1)
         * @return this builder
         */
        public Builder backlog(int n) {
            this.backlog = atLeast("backlog", n, 1);
            return this;
        }

        /**
         * @param timeout bound for draining writes on close, and for each shutdown step
         * @return this builder
         */
        public Builder closeTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("negative closeTimeout");
            }
            this.closeTimeout = timeout;
            return this;
        }

        /**
         * @param on log every payload in hex at debug level
         * @return this builder
         */
        public Builder logFrames(boolean on) {
            this.logFrames = on;
            return this;
        }

        /**
         * @param phase phase of new sessions
         * @return this builder
         */
        public Builder initialPhase(Object phase) {
            this.initialPhase = Objects.requireNonNull(phase, "phase");
            return this;
        }

        /**
         * @param prefix prefix of every thread the server starts, {@code null} = {@code encore-N}
         * @return this builder
         */
        public Builder threadNamePrefix(String prefix) {
            this.threadNamePrefix = prefix;
            return this;
        }

        /** @return the options */
        public EncoreOptions build() {
            return new EncoreOptions(this);
        }
    }
}
