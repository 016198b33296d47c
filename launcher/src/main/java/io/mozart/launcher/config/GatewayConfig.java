package io.mozart.launcher.config;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The {@code [Gateway]} section with its channel array.
 *
 * @param id       {@code Gateway:Id}, 0..32767: this planet's server id (used in Full mode too)
 * @param address  {@code Gateway:Address}, a literal IP. Gateway mode: where channel servers connect;
 *                 Channel mode: the gateway to connect to. Not used in Full mode
 * @param port     {@code Gateway:Port}, 0..65535 (1..65535 in Gateway and Channel mode)
 * @param timeout  {@code Gateway:Timeout} in seconds (at least 1): connect and registration timeouts
 * @param channels {@code Gateway:Channels}, in index order, at least one; exactly one in Channel mode
 * @param heartbeatInterval {@code Gateway:HeartbeatInterval} in seconds (0 = no heartbeats, as the reference)
 * @param heartbeatTimeout  {@code Gateway:HeartbeatTimeout} in seconds: silence after which a link is dropped
 * @param reconnectDelay    {@code Gateway:ReconnectDelay} in seconds: longest wait between reconnection attempts
 */
public record GatewayConfig(
        int id,
        String address,
        int port,
        Duration timeout,
        List<ChannelConfig> channels,
        Duration heartbeatInterval,
        Duration heartbeatTimeout,
        Duration reconnectDelay) {

    /**
     * With the default heartbeat (5 s, dropped after 15 s) and reconnect delay (30 s).
     *
     * @param id       {@code Gateway:Id}
     * @param address  {@code Gateway:Address}
     * @param port     {@code Gateway:Port}
     * @param timeout  {@code Gateway:Timeout}
     * @param channels {@code Gateway:Channels}
     */
    public GatewayConfig(int id, String address, int port, Duration timeout, List<ChannelConfig> channels) {
        this(
                id,
                address,
                port,
                timeout,
                channels,
                Duration.ofSeconds(5),
                Duration.ofSeconds(15),
                Duration.ofSeconds(30));
    }

    /**
     * Highest channel id: the channel list has one 13-byte entry per id from 0 to the highest id, and
     * 2 + 2 + 4 + 2519 × 13 = 32755 is the most that fits in one frame (at most 32767 bytes).
     */
    public static final int MAX_CHANNEL_ID = 2518;

    /** Highest {@code Gateway:Id}: the client sends it back as a signed 16-bit value. */
    public static final int MAX_ID = 32767;

    /** Validates and copies. */
    public GatewayConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(timeout, "timeout");
        channels = List.copyOf(channels);
        if (id < 0 || id > MAX_ID || port < 0 || port > 65535 || timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("gateway settings out of range");
        }
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("at least one channel is needed");
        }
    }

    /** @return {@link #address()} and {@link #port()} as a socket address (no name lookup) */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(Addresses.literal(address), port);
    }
}
