package io.mozart.launcher.config;

import io.mozart.api.ConnectionLimits;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code [Server]} section.
 *
 * @param mode             {@code Server:Mode}
 * @param address          {@code Server:Address}, a literal IPv4 or IPv6 address. Full/Gateway: where clients
 *                         connect; Channel: the local address of the outgoing gateway connection
 * @param port             {@code Server:Port}, 0..65535 (0 = any free port)
 * @param maxConnections   {@code Server:MaxConnections}, at least 1; only the TCP listen backlog, not a limit on
 *                         connections (spec 01 §1)
 * @param packetBufferSize {@code Server:PacketBufferSize}, at least 1; read chunk size in bytes, not a frame limit
 * @param publicAddress    {@code Server:PublicAddress}: the address launch tokens and {@code game:start} name, a
 *                         literal IP that is not a wildcard; empty when not set (the launcher's
 *                         {@code PublicAddress} then derives it)
 * @param connectionLimit  {@code Server:ConnectionLimit}, simultaneous client connections; 0 = unlimited
 * @param limits           {@code Server:ConnectionsPerAddress}, {@code Server:HandshakeTimeout},
 *                         {@code Server:IdleTimeout}, {@code Server:WriteTimeout}, {@code Server:SendQueueLimit},
 *                         {@code Server:TotalSendQueueLimit}
 */
public record ServerConfig(
        ServerMode mode,
        String address,
        int port,
        int maxConnections,
        int packetBufferSize,
        Optional<String> publicAddress,
        int connectionLimit,
        ConnectionLimits limits) {

    /** {@code Server:ConnectionLimit} default. */
    public static final int DEFAULT_CONNECTION_LIMIT = 1000;
    /** The launcher's defaults of the game port limits (all on). */
    public static final ConnectionLimits DEFAULT_LIMITS = new ConnectionLimits(
            20, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofSeconds(60), 4L * 1024 * 1024, 0);

    /** Validates the fields (the binder has already produced a keyed message for user input). */
    public ServerConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(publicAddress, "publicAddress");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535 || maxConnections < 1 || packetBufferSize < 1 || connectionLimit < 0) {
            throw new IllegalArgumentException("server settings out of range");
        }
    }

    /**
     * A server section without {@code Server:PublicAddress}, with Mozart's default limits.
     *
     * @param mode             {@code Server:Mode}
     * @param address          {@code Server:Address}
     * @param port             {@code Server:Port}
     * @param maxConnections   {@code Server:MaxConnections} (listen backlog)
     * @param packetBufferSize {@code Server:PacketBufferSize}
     */
    public ServerConfig(ServerMode mode, String address, int port, int maxConnections, int packetBufferSize) {
        this(mode, address, port, maxConnections, packetBufferSize, Optional.empty());
    }

    /**
     * A server section with Mozart's default limits.
     *
     * @param mode             {@code Server:Mode}
     * @param address          {@code Server:Address}
     * @param port             {@code Server:Port}
     * @param maxConnections   {@code Server:MaxConnections} (listen backlog)
     * @param packetBufferSize {@code Server:PacketBufferSize}
     * @param publicAddress    {@code Server:PublicAddress}
     */
    public ServerConfig(
            ServerMode mode,
            String address,
            int port,
            int maxConnections,
            int packetBufferSize,
            Optional<String> publicAddress) {
        this(
                mode,
                address,
                port,
                maxConnections,
                packetBufferSize,
                publicAddress,
                DEFAULT_CONNECTION_LIMIT,
                DEFAULT_LIMITS);
    }

    /**
     * @param newAddress another {@code Server:Address}
     * @return this section listening on that address instead
     */
    public ServerConfig withAddress(String newAddress) {
        return new ServerConfig(
                mode, newAddress, port, maxConnections, packetBufferSize, publicAddress, connectionLimit, limits);
    }

    /** @return {@link #address()} and {@link #port()} as a socket address (no name lookup: the address is literal) */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(Addresses.literal(address), port);
    }
}
