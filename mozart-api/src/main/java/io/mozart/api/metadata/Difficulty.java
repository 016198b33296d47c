package io.mozart.api.metadata;

import java.util.Optional;

/** A chart difficulty; the numeric code is the one used on the wire and in AlbumList.ojs. */
public enum Difficulty {
    /** Easy, code 0. */
    EX,
    /** Normal, code 1. */
    NX,
    /** Hard, code 2. */
    HX,
    /** The "RX" variant, code 3; music data for it is taken from the HX chart. */
    RX;

    /** @return the numeric code 0..3 */
    public int code() {
        return ordinal();
    }

    /**
     * @param code a numeric difficulty
     * @return the difficulty, empty for an unknown code
     */
    public static Optional<Difficulty> fromCode(int code) {
        Difficulty[] all = values();
        return code >= 0 && code < all.length ? Optional.of(all[code]) : Optional.empty();
    }
}
