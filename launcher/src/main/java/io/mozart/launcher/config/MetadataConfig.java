package io.mozart.launcher.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code [Metadata]} section: the global metadata files, already resolved against the working directory
 * (relative paths are relative to the process working directory, spec 06 §3.6).
 *
 * @param musicList {@code Metadata:MusicList} (OJNList.dat)
 * @param albumList {@code Metadata:AlbumList} (AlbumList.ojs)
 * @param itemData  {@code Metadata:ItemData} (Itemdata.dat)
 */
public record MetadataConfig(Path musicList, Path albumList, Path itemData) {

    /** Validates the fields. */
    public MetadataConfig {
        Objects.requireNonNull(musicList, "musicList");
        Objects.requireNonNull(albumList, "albumList");
        Objects.requireNonNull(itemData, "itemData");
    }
}
