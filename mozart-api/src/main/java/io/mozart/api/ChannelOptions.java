package io.mozart.api;

import java.nio.file.Path;

/**
 * One channel of the server (config {@code Gateway:Channels:N:*}).
 *
 * @param id        channel id (0..65535), shown in the channel list at this index
 * @param capacity  user limit; also the maximum number of rooms (spec 02 §3.1)
 * @param gemRate   gem reward multiplier
 * @param expRate   experience reward multiplier
 * @param freeMusic per-channel free-music override for room music checks, {@code null} to inherit
 *                  {@link ServerOptions#freeMusic()}
 * @param musicList per-channel OJNList.dat override, {@code null} for the global one
 * @param albumList per-channel AlbumList.ojs override, {@code null} for the global one
 * @param itemData  per-channel Itemdata.dat override, {@code null} for the global one
 */
public record ChannelOptions(
        int id,
        int capacity,
        double gemRate,
        double expRate,
        Boolean freeMusic,
        Path musicList,
        Path albumList,
        Path itemData) {

    /** Default capacity of a channel. */
    public static final int DEFAULT_CAPACITY = 100;

    /**
     * Validates the values.
     *
     * @param id        channel id
     * @param capacity  user and room limit
     * @param gemRate   gem multiplier
     * @param expRate   experience multiplier
     * @param freeMusic free-music override or null
     * @param musicList music list override or null
     * @param albumList album list override or null
     * @param itemData  item data override or null
     */
    public ChannelOptions {
        if (id < 0 || id > 0xFFFF) {
            throw new IllegalArgumentException("channel id out of range 0..65535: " + id);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("channel capacity must not be negative: " + capacity);
        }
        if (!(gemRate >= 0) || !(expRate >= 0) || Double.isInfinite(gemRate) || Double.isInfinite(expRate)) {
            throw new IllegalArgumentException("channel rates must be finite and not negative");
        }
    }

    /**
     * A channel with default capacity and rates and no overrides.
     *
     * @param id the channel id
     * @return the channel options
     */
    public static ChannelOptions of(int id) {
        return new ChannelOptions(id, DEFAULT_CAPACITY, 1.0, 1.0, null, null, null, null);
    }

    /**
     * @param newCapacity the user and room limit
     * @return a copy with another capacity
     */
    public ChannelOptions withCapacity(int newCapacity) {
        return new ChannelOptions(id, newCapacity, gemRate, expRate, freeMusic, musicList, albumList, itemData);
    }

    /**
     * @param gem gem multiplier
     * @param exp experience multiplier
     * @return a copy with other reward rates
     */
    public ChannelOptions withRates(double gem, double exp) {
        return new ChannelOptions(id, capacity, gem, exp, freeMusic, musicList, albumList, itemData);
    }
}
