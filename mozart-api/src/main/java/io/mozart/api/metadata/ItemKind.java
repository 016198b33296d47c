package io.mozart.api.metadata;

import java.util.Optional;

/** The kind byte of an Itemdata.dat record (what the item is). */
public enum ItemKind {
    /** Code 0. */
    BODY,
    /** Code 1. */
    LEFT_ARM,
    /** Code 2. */
    RIGHT_ARM,
    /** Code 3. */
    LEFT_HAND,
    /** Code 4. */
    RIGHT_HAND,
    /** Code 5. */
    FACE,
    /** Code 6. */
    HAIR,
    /** Code 7. */
    GLASSES,
    /** Code 8. */
    EARRINGS,
    /** Code 9. */
    NECKLACE,
    /** Code 10. */
    ARMLET,
    /** Code 11. */
    ACCESSORIES,
    /** Code 12. */
    GLOVE,
    /** Code 13. */
    PANTS,
    /** Code 14. */
    SHOES,
    /** Code 15. */
    PIANO,
    /** Code 16. */
    BASS,
    /** Code 17. */
    DRUM,
    /** Code 18. */
    GUITAR,
    /** Code 19. */
    JACKET,
    /** Code 20. */
    WINGS,
    /** Code 21. */
    MUSICAL_ACCESSORIES,
    /** Code 22. */
    PET,
    /** Code 23. */
    HAIR_ACCESSORIES,
    /** Code 24. */
    ATTRIBUTIVE_ITEM,
    /** Code 25. */
    NAME_CHANGER,
    /** Code 26. */
    PENALTY_RESET,
    /** Code 27. */
    BAG_EXPANSION,
    /** Code 28. */
    COSTUME;

    /** @return the numeric code stored in Itemdata.dat */
    public int code() {
        return ordinal();
    }

    /**
     * @param code a numeric code from the file
     * @return the constant, empty for a code this version does not know
     */
    public static Optional<ItemKind> fromCode(int code) {
        ItemKind[] all = values();
        return code >= 0 && code < all.length ? Optional.of(all[code]) : Optional.empty();
    }
}
