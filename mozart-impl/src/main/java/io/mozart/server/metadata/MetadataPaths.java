package io.mozart.server.metadata;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The three metadata file paths of a channel or of the global {@code Metadata:*} options. A component
 * is empty when the option is blank: for a channel that means "use the global path", globally it means
 * "no file" (empty catalogue). Relative paths are relative to the working directory.
 *
 * @param musicList OJNList.dat
 * @param albumList AlbumList.ojs
 * @param itemData  Itemdata.dat
 */
public record MetadataPaths(Optional<Path> musicList, Optional<Path> albumList, Optional<Path> itemData) {

    /** No paths at all. */
    public static final MetadataPaths NONE = new MetadataPaths(Optional.empty(), Optional.empty(), Optional.empty());

    /** The built-in defaults: {@code OJNList.dat}, {@code AlbumList.ojs}, {@code Itemdata.dat}. */
    public static final MetadataPaths DEFAULTS = of("OJNList.dat", "AlbumList.ojs", "Itemdata.dat");

    /**
     * From option values as configured; {@code null} or blank means unset.
     *
     * @param musicList {@code MusicList} option
     * @param albumList {@code AlbumList} option
     * @param itemData  {@code ItemData} option
     * @return the paths
     */
    public static MetadataPaths of(String musicList, String albumList, String itemData) {
        return new MetadataPaths(path(musicList), path(albumList), path(itemData));
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }

    /**
     * This channel's paths with blanks filled from the global ones.
     *
     * @param global the global paths
     * @return the effective paths
     */
    public MetadataPaths orElse(MetadataPaths global) {
        return new MetadataPaths(
                musicList.or(global::musicList), albumList.or(global::albumList), itemData.or(global::itemData));
    }
}
