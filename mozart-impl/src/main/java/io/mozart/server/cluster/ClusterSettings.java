package io.mozart.server.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * How a server takes part in a split deployment (spec 06 §7.1): as the gateway that accepts clients and channel
 * processes, or as one channel process that connects to a gateway. Full mode has no settings of this kind.
 *
 * @param role              gateway or channel
 * @param linkAddress       Gateway mode: where channel processes connect; Channel mode: the gateway to connect to
 * @param linkPort          the port of that address (0 lets a gateway pick one, for tests)
 * @param timeout           {@code Gateway:Timeout}: connect, wait for the CreateChannel reply, registration wait
 * @param heartbeatInterval {@code Gateway:HeartbeatInterval}: how often each side sends a heartbeat on the link;
 *                          zero turns heartbeats (and the check below) off, as in the reference
 * @param heartbeatTimeout  {@code Gateway:HeartbeatTimeout}: a side that hears nothing from the other for this
 *                          long counts the link as lost and closes it
 * @param reconnectDelay    {@code Gateway:ReconnectDelay}: the longest wait between two attempts of a channel to
 *                          reach its gateway again (the first waits 1/16 of it, each next one twice as long)
 */
public record ClusterSettings(
        Role role,
        String linkAddress,
        int linkPort,
        Duration timeout,
        Duration heartbeatInterval,
        Duration heartbeatTimeout,
        Duration reconnectDelay) {

    /** Default {@code Gateway:HeartbeatInterval}. */
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(5);
    /** Default {@code Gateway:HeartbeatTimeout}. */
    public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(15);
    /** Default {@code Gateway:ReconnectDelay}. */
    public static final Duration DEFAULT_RECONNECT_DELAY = Duration.ofSeconds(30);

    /** The part this process plays. */
    public enum Role {
        /** Accepts clients and channel processes; holds no channel itself. */
        GATEWAY,
        /** Connects to a gateway and holds exactly one channel. */
        CHANNEL
    }

    /** Validates. */
    public ClusterSettings {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(linkAddress, "linkAddress");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        if (linkPort < 0 || linkPort > 65535) {
            throw new IllegalArgumentException("link port out of range: " + linkPort);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (heartbeatInterval.isNegative()) {
            throw new IllegalArgumentException("heartbeat interval must not be negative");
        }
        if (!heartbeatInterval.isZero() && heartbeatTimeout.compareTo(heartbeatInterval) <= 0) {
            throw new IllegalArgumentException("heartbeat timeout must be longer than the heartbeat interval");
        }
        if (reconnectDelay.isNegative() || reconnectDelay.isZero()) {
            throw new IllegalArgumentException("reconnect delay must be positive");
        }
    }

    /**
     * @param address where channel processes connect
     * @param port    its port (0 = any free one)
     * @param timeout {@code Gateway:Timeout}
     * @return gateway settings with the default heartbeat and reconnect delay
     */
    public static ClusterSettings gateway(String address, int port, Duration timeout) {
        return new ClusterSettings(
                Role.GATEWAY,
                address,
                port,
                timeout,
                DEFAULT_HEARTBEAT_INTERVAL,
                DEFAULT_HEARTBEAT_TIMEOUT,
                DEFAULT_RECONNECT_DELAY);
    }

    /**
     * @param address the gateway's link address
     * @param port    the gateway's link port
     * @param timeout {@code Gateway:Timeout}
     * @return channel settings with the default heartbeat and reconnect delay
     */
    public static ClusterSettings channel(String address, int port, Duration timeout) {
        return new ClusterSettings(
                Role.CHANNEL,
                address,
                port,
                timeout,
                DEFAULT_HEARTBEAT_INTERVAL,
                DEFAULT_HEARTBEAT_TIMEOUT,
                DEFAULT_RECONNECT_DELAY);
    }

    /**
     * @param interval how often to send a heartbeat (zero = never, and never check)
     * @param deadline how long the link may stay silent before it counts as lost
     * @return these settings with that heartbeat
     */
    public ClusterSettings withHeartbeat(Duration interval, Duration deadline) {
        return new ClusterSettings(role, linkAddress, linkPort, timeout, interval, deadline, reconnectDelay);
    }

    /**
     * @param longest the longest wait between two reconnection attempts
     * @return these settings with that reconnect delay
     */
    public ClusterSettings withReconnectDelay(Duration longest) {
        return new ClusterSettings(role, linkAddress, linkPort, timeout, heartbeatInterval, heartbeatTimeout, longest);
    }

    /** @return whether heartbeats are sent and checked */
    public boolean heartbeats() {
        return !heartbeatInterval.isZero();
    }
}
