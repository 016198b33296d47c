package io.mozart.api.metadata;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One song of the music catalogue: the OJN header fields the game uses plus the flags and prices
 * of the OJNList.dat extension sections.
 *
 * @param id           music id (unique within a catalogue)
 * @param genre        genre code (0 Ballad … 10 Etc)
 * @param bpm          beats per minute from the header
 * @param levelEx      level of the EX chart
 * @param levelNx      level of the NX chart
 * @param levelHx      level of the HX chart
 * @param noteCountEx  note count of the EX chart
 * @param noteCountNx  note count of the NX chart
 * @param noteCountHx  note count of the HX chart
 * @param isNew        shown as new
 * @param isPremiumNew shown as premium-new
 * @param priceO2Cash  price in O2Cash, 0 when the song has no premium entry
 * @param priceGem     price in gems, 0 when the song has no premium entry
 * @param releaseDate  release date, empty when the file gives none
 */
public record Music(
        int id,
        int genre,
        float bpm,
        int levelEx,
        int levelNx,
        int levelHx,
        int noteCountEx,
        int noteCountNx,
        int noteCountHx,
        boolean isNew,
        boolean isPremiumNew,
        int priceO2Cash,
        int priceGem,
        Optional<LocalDate> releaseDate) {

    /**
     * Checks that the release date is given (possibly empty).
     */
    public Music {
        Objects.requireNonNull(releaseDate, "releaseDate");
    }

    /**
     * A song with only id, levels and note counts (everything else default).
     *
     * @param id          music id
     * @param levelEx     level of the EX chart
     * @param levelNx     level of the NX chart
     * @param levelHx     level of the HX chart
     * @param noteCountEx note count of the EX chart
     * @param noteCountNx note count of the NX chart
     * @param noteCountHx note count of the HX chart
     * @return the song
     */
    public static Music basic(
            int id, int levelEx, int levelNx, int levelHx, int noteCountEx, int noteCountNx, int noteCountHx) {
        return new Music(
                id,
                0,
                0f,
                levelEx,
                levelNx,
                levelHx,
                noteCountEx,
                noteCountNx,
                noteCountHx,
                false,
                false,
                0,
                0,
                Optional.empty());
    }

    /** @return whether the song can be bought: an O2Cash or a gem price above zero */
    public boolean purchasable() {
        return priceO2Cash > 0 || priceGem > 0;
    }

    /**
     * The level of a difficulty; RX uses the HX chart.
     *
     * @param difficulty the difficulty
     * @return the level
     */
    public int level(Difficulty difficulty) {
        return switch (difficulty) {
            case EX -> levelEx;
            case NX -> levelNx;
            default -> levelHx;
        };
    }

    /**
     * The note count of a difficulty; RX uses the HX chart.
     *
     * @param difficulty the difficulty
     * @return the note count
     */
    public int noteCount(Difficulty difficulty) {
        return switch (difficulty) {
            case EX -> noteCountEx;
            case NX -> noteCountNx;
            default -> noteCountHx;
        };
    }
}
