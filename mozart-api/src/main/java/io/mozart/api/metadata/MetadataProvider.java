package io.mozart.api.metadata;

import java.util.Objects;

/**
 * The metadata each channel uses. A channel may name its own files, so every lookup takes the
 * channel id. Implementations never fail: missing or unreadable metadata is an empty catalogue.
 */
public interface MetadataProvider {

    /**
     * @param channelId the channel id
     * @return the songs of that channel
     */
    MusicCatalogue music(int channelId);

    /**
     * @param channelId the channel id
     * @return the items of that channel
     */
    ItemCatalogue items(int channelId);

    /**
     * @param channelId the channel id
     * @return the albums of that channel
     */
    AlbumCatalogue albums(int channelId);

    /** @return a provider with no songs, items or albums on every channel */
    static MetadataProvider empty() {
        return of(MusicCatalogue.empty(), ItemCatalogue.empty(), AlbumCatalogue.empty());
    }

    /**
     * The same catalogues on every channel.
     *
     * @param music  songs
     * @param items  items
     * @param albums albums
     * @return the provider
     */
    static MetadataProvider of(MusicCatalogue music, ItemCatalogue items, AlbumCatalogue albums) {
        Objects.requireNonNull(music, "music");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(albums, "albums");
        return new MetadataProvider() {
            @Override
            public MusicCatalogue music(int channelId) {
                return music;
            }

            @Override
            public ItemCatalogue items(int channelId) {
                return items;
            }

            @Override
            public AlbumCatalogue albums(int channelId) {
                return albums;
            }
        };
    }
}
