package io.mozart.api;

import java.util.List;

/**
 * A snapshot of what the server is doing.
 *
 * @param address     the bound address
 * @param port        the bound port
 * @param connections open client connections (authorized or not)
 * @param channels    per-channel figures, in configuration order
 */
public record ServerStatus(String address, int port, int connections, List<Channel> channels) {

    /**
     * Validates and copies.
     *
     * @param address     bound address
     * @param port        bound port
     * @param connections open connections
     * @param channels    channel figures
     */
    public ServerStatus {
        channels = List.copyOf(channels);
    }

    /** @return players in any channel */
    public int playersInChannels() {
        return channels.stream().mapToInt(Channel::population).sum();
    }

    /**
     * One channel's figures.
     *
     * @param id         channel id
     * @param capacity   user limit
     * @param population players in the channel (lobby, rooms and games)
     * @param rooms      rooms open
     */
    public record Channel(int id, int capacity, int population, int rooms) {}
}
