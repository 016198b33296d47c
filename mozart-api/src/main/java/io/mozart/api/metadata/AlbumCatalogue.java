package io.mozart.api.metadata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The albums of AlbumList.ojs (loaded and validated; the game logic does not read them).
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface AlbumCatalogue {

    /**
     * @param albumId the album id
     * @return the album, empty when the catalogue has none with that id
     */
    Optional<Album> find(int albumId);

    /** @return every album, in file order */
    List<Album> all();

    /** @return the number of entries */
    default int size() {
        return all().size();
    }

    /** @return whether there are no entries */
    default boolean isEmpty() {
        return all().isEmpty();
    }

    /** @return the catalogue used when there is no metadata: no entries */
    static AlbumCatalogue empty() {
        return of(List.of());
    }

    /**
     * An immutable catalogue of the given entries.
     *
     * @param entries the entries, in order
     * @return the catalogue
     * @throws IllegalArgumentException when two entries share an id
     */
    static AlbumCatalogue of(Collection<Album> entries) {
        IdIndex<Album> index = new IdIndex<>(entries, Album::id);
        return new AlbumCatalogue() {
            @Override
            public Optional<Album> find(int albumId) {
                return index.find(albumId);
            }

            @Override
            public List<Album> all() {
                return index.all();
            }

            @Override
            public String toString() {
                return "AlbumCatalogue[" + index.all().size() + " entries]";
            }
        };
    }
}
