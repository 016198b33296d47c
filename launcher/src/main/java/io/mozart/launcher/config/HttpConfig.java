package io.mozart.launcher.config;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The {@code [Http]} section (spec 06 §6).
 *
 * @param enabled {@code Http:Enabled}: whether the HTTP API runs
 * @param address {@code Http:Address}, a literal IP address
 * @param port    {@code Http:Port}, 0..65535
 */
public record HttpConfig(boolean enabled, String address, int port) {

    /** Validates the fields. */
    public HttpConfig {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * @param newAddress another {@code Http:Address}
     * @return this section listening on that address instead
     */
    public HttpConfig withAddress(String newAddress) {
        return new HttpConfig(enabled, newAddress, port);
    }

    /** @return the listen socket address (no name lookup) */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(Addresses.literal(address), port);
    }
}
