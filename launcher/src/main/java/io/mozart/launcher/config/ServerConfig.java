package io.mozart.launcher.config;

import java.net.InetSocketAddress;
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
 */
public record ServerConfig(ServerMode mode, String address, int port, int maxConnections, int packetBufferSize,
                           Optional<String> publicAddress) {

    /** Validates the fields (the binder has already produced a keyed message for user input). */
    public ServerConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(publicAddress, "publicAddress");
        if (port < 0 || port > 65535 || maxConnections < 1 || packetBufferSize < 1) {
            throw new IllegalArgumentException("server settings out of range");
        }
    }

    /**
     * A server section without {@code Server:PublicAddress}.
     *
     * @param mode             {@code Server:Mode}
     * @param address          {@code Server:Address}
     * @param port             {@code Server:Port}
     * @param maxConnections   {@code Server:MaxConnections}
     * @param packetBufferSize {@code Server:PacketBufferSize}
     */
    public ServerConfig(ServerMode mode, String address, int port, int maxConnections, int packetBufferSize) {
        this(mode, address, port, maxConnections, packetBufferSize, Optional.empty());
    }

    /**
     * @param newAddress another {@code Server:Address}
     * @return this section listening on that address instead
     */
    public ServerConfig withAddress(String newAddress) {
        return new ServerConfig(mode, newAddress, port, maxConnections, packetBufferSize, publicAddress);
    }

    /** @return {@link #address()} and {@link #port()} as a socket address (no name lookup: the address is literal) */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(Addresses.literal(address), port);
    }
}
