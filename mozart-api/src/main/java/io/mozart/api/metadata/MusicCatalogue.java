package io.mozart.api.metadata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The songs a channel offers, from OJNList.dat.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface MusicCatalogue {

    /**
     * @param musicId the song id
     * @return the song, empty when the catalogue has none with that id
     */
    Optional<Music> find(int musicId);

    /** @return every song, in file order */
    List<Music> all();

    /** @return the number of entries */
    default int size() {
        return all().size();
    }

    /** @return whether there are no entries */
    default boolean isEmpty() {
        return all().isEmpty();
    }

    /** @return the catalogue used when there is no metadata: no entries */
    static MusicCatalogue empty() {
        return of(List.of());
    }

    /**
     * An immutable catalogue of the given entries.
     *
     * @param entries the entries, in order
     * @return the catalogue
     * @throws IllegalArgumentException when two entries share an id
     */
    static MusicCatalogue of(Collection<Music> entries) {
        IdIndex<Music> index = new IdIndex<>(entries, Music::id);
        return new MusicCatalogue() {
            @Override
            public Optional<Music> find(int musicId) {
                return index.find(musicId);
            }

            @Override
            public List<Music> all() {
                return index.all();
            }

            @Override
            public String toString() {
                return "MusicCatalogue[" + index.all().size() + " entries]";
            }
        };
    }
}
