package io.mozart.api.metadata;

import java.util.List;
import java.util.Objects;

/**
 * One album of AlbumList.ojs.
 *
 * @param serverId server id field of the record
 * @param id       album id (unique within a list)
 * @param name     name, decoded as Korean text up to the first NUL
 * @param price    price
 * @param level    level
 * @param ranked   ranked album
 * @param entries  the songs, in file order, without the empty (music id 0) slots
 */
public record Album(
        int serverId, int id, String name, int price, int level, boolean ranked, List<Album.Entry> entries) {

    /** Slots per album record. */
    public static final int MAX_ENTRIES = 10;

    /**
     * Copies the entry list.
     */
    public Album {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("an album holds at most " + MAX_ENTRIES + " songs");
        }
    }

    /**
     * One song of an album.
     *
     * @param musicId    music id (never 0)
     * @param difficulty difficulty code (0 EX, 1 NX, 2 HX, 3 RX; see {@link Difficulty#fromCode(int)})
     */
    public record Entry(int musicId, int difficulty) {

        /**
         * Rejects the empty slot marker.
         */
        public Entry {
            if (musicId == 0) {
                throw new IllegalArgumentException("music id 0 marks an empty slot");
            }
        }
    }
}
