package io.mozart.server.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * How a server takes part in a split deployment (spec 06 §7.1): as the gateway that accepts clients and channel
 * processes, or as one channel process that connects to a gateway. Full mode has no settings of this kind.
 *
 * @param role        gateway or channel
 * @param linkAddress Gateway mode: where channel processes connect; Channel mode: the gateway to connect to
 * @param linkPort    the port of that address (0 lets a gateway pick one, for tests)
 * @param timeout     {@code Gateway:Timeout}: connect, wait for the CreateChannel reply, registration wait
 */
public record ClusterSettings(Role role, String linkAddress, int linkPort, Duration timeout) {

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
        if (linkPort < 0 || linkPort > 65535) {
            throw new IllegalArgumentException("link port out of range: " + linkPort);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /**
     * @param address where channel processes connect
     * @param port    its port (0 = any free one)
     * @param timeout {@code Gateway:Timeout}
     * @return gateway settings
     */
    public static ClusterSettings gateway(String address, int port, Duration timeout) {
        return new ClusterSettings(Role.GATEWAY, address, port, timeout);
    }

    /**
     * @param address the gateway's link address
     * @param port    the gateway's link port
     * @param timeout {@code Gateway:Timeout}
     * @return channel settings
     */
    public static ClusterSettings channel(String address, int port, Duration timeout) {
        return new ClusterSettings(Role.CHANNEL, address, port, timeout);
    }
}
