package io.mozart.api.metadata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The items a channel knows, from Itemdata.dat.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface ItemCatalogue {

    /**
     * @param itemId the item id
     * @return the item, empty when the catalogue has none with that id
     */
    Optional<Item> find(int itemId);

    /** @return every item, in file order */
    List<Item> all();

    /** @return the number of entries */
    default int size() {
        return all().size();
    }

    /** @return whether there are no entries */
    default boolean isEmpty() {
        return all().isEmpty();
    }

    /** @return the catalogue used when there is no metadata: no entries */
    static ItemCatalogue empty() {
        return of(List.of());
    }

    /**
     * An immutable catalogue of the given entries.
     *
     * @param entries the entries, in order
     * @return the catalogue
     * @throws IllegalArgumentException when two entries share an id
     */
    static ItemCatalogue of(Collection<Item> entries) {
        IdIndex<Item> index = new IdIndex<>(entries, Item::id);
        return new ItemCatalogue() {
            @Override
            public Optional<Item> find(int itemId) {
                return index.find(itemId);
            }

            @Override
            public List<Item> all() {
                return index.all();
            }

            @Override
            public String toString() {
                return "ItemCatalogue[" + index.all().size() + " entries]";
            }
        };
    }
}
