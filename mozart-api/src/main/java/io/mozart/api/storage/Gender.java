package io.mozart.api.storage;

/**
 * A character's gender as the game knows it. Storage keeps a single bit ({@code Sex}: 1 = male,
 * 0 = female), so {@link #ANY} is stored as male and reads back as {@link #MALE}.
 */
public enum Gender {
    /** Female, wire value 0. */
    FEMALE,
    /** Male, wire value 1. */
    MALE,
    /** Any, wire value 2 (stored as male). */
    ANY;

    /**
     * @return the wire value (0 female, 1 male, 2 any)
     */
    public int value() {
        return ordinal();
    }

    /**
     * @return the stored {@code Sex} bit: false only for {@link #FEMALE}
     */
    public boolean storedAsMale() {
        return this != FEMALE;
    }

    /**
     * @param value wire value 0..2
     * @return the gender
     */
    public static Gender of(int value) {
        if (value < 0 || value > 2) {
            throw new IllegalArgumentException("gender " + value);
        }
        return values()[value];
    }
}
