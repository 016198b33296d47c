package io.mozart.launcher.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code Gateway:Channels:<index>} entry.
 *
 * @param index     the array index N (0-based; unrelated to the id)
 * @param id        {@code Id}, required, 0..{@value GatewayConfig#MAX_CHANNEL_ID}, unique
 * @param capacity  {@code Capacity}, at least 0 (the reference admits one user more, spec 01 §4.9)
 * @param gem       {@code Gem}, gem reward multiplier, a finite 32-bit float ≥ 0
 * @param exp       {@code Exp}, experience multiplier, a finite 32-bit float ≥ 0
 * @param musicList {@code MusicList} override, resolved against the working directory; empty = use the global
 * @param albumList {@code AlbumList} override; empty = use the global
 * @param itemData  {@code ItemData} override; empty = use the global
 * @param freeMusic {@code FreeMusic} override; empty = inherit {@code Game:FreeMusic}
 */
public record ChannelConfig(
        int index,
        int id,
        int capacity,
        float gem,
        float exp,
        Optional<Path> musicList,
        Optional<Path> albumList,
        Optional<Path> itemData,
        Optional<Boolean> freeMusic) {

    /** Default {@code Capacity}. */
    public static final int DEFAULT_CAPACITY = 100;

    /** Validates the fields. */
    public ChannelConfig {
        Objects.requireNonNull(musicList, "musicList");
        Objects.requireNonNull(albumList, "albumList");
        Objects.requireNonNull(itemData, "itemData");
        Objects.requireNonNull(freeMusic, "freeMusic");
        if (index < 0 || id < 0 || id > GatewayConfig.MAX_CHANNEL_ID || capacity < 0) {
            throw new IllegalArgumentException("channel settings out of range");
        }
        if (!Float.isFinite(gem) || gem < 0 || !Float.isFinite(exp) || exp < 0) {
            throw new IllegalArgumentException("channel rates must be finite and not negative");
        }
    }

    /**
     * @param global the global metadata paths
     * @return this channel's music list: its override, else the global one
     */
    public Path musicList(MetadataConfig global) {
        return musicList.orElse(global.musicList());
    }

    /**
     * @param global the global metadata paths
     * @return this channel's album list: its override, else the global one
     */
    public Path albumList(MetadataConfig global) {
        return albumList.orElse(global.albumList());
    }

    /**
     * @param global the global metadata paths
     * @return this channel's item data: its override, else the global one
     */
    public Path itemData(MetadataConfig global) {
        return itemData.orElse(global.itemData());
    }

    /**
     * @param game the game section
     * @return this channel's free-music switch: its override, else {@code Game:FreeMusic}
     */
    public boolean freeMusic(GameConfig game) {
        return freeMusic.orElse(game.freeMusic());
    }
}
