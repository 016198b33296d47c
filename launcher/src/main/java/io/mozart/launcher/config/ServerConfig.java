package io.mozart.launcher.config;

import java.net.InetSocketAddress;
import java.util.Objects;

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
 */
public record ServerConfig(ServerMode mode, String address, int port, int maxConnections, int packetBufferSize) {

    /** Validates the fields (the binder has already produced a keyed message for user input). */
    public ServerConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 65535 || maxConnections < 1 || packetBufferSize < 1) {
            throw new IllegalArgumentException("server settings out of range");
        }
    }

    /** @return {@link #address()} and {@link #port()} as a socket address (no name lookup: the address is literal) */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(Addresses.literal(address), port);
    }
}
