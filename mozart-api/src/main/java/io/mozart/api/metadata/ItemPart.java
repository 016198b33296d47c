package io.mozart.api.metadata;

import java.util.Optional;

/** The part byte of an Itemdata.dat record (where it goes); codes 0..15 equal the equipment slot ItemType. */
public enum ItemPart {
    /** Code 0. */
    INSTRUMENT,
    /** Code 1. */
    HAIR,
    /** Code 2. */
    ACCESSORIES,
    /** Code 3. */
    GLOVE,
    /** Code 4. */
    NECKLACE,
    /** Code 5. */
    JACKET,
    /** Code 6. */
    PANTS,
    /** Code 7. */
    GLASSES,
    /** Code 8. */
    EARRINGS,
    /** Code 9. */
    ARMLET,
    /** Code 10. */
    SHOES,
    /** Code 11. */
    FACE,
    /** Code 12. */
    WINGS,
    /** Code 13. */
    MUSICAL_ACCESSORIES,
    /** Code 14. */
    PET,
    /** Code 15. */
    HAIR_ACCESSORIES,
    /** Code 16. */
    BODY,
    /** Code 17. */
    LEFT_ARM,
    /** Code 18. */
    RIGHT_ARM,
    /** Code 19. */
    LEFT_HAND,
    /** Code 20. */
    RIGHT_HAND,
    /** Code 21. */
    ATTRIBUTIVE_ITEM;

    /** @return the numeric code stored in Itemdata.dat */
    public int code() {
        return ordinal();
    }

    /**
     * @param code a numeric code from the file
     * @return the constant, empty for a code this version does not know
     */
    public static Optional<ItemPart> fromCode(int code) {
        ItemPart[] all = values();
        return code >= 0 && code < all.length ? Optional.of(all[code]) : Optional.empty();
    }
}
