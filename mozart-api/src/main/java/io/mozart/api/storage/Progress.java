package io.mozart.api.storage;

/**
 * The numbers of a character that games change ({@code t_o2jam_charinfo}).
 *
 * @param level      level (new characters: 1)
 * @param experience cumulative experience
 * @param battle     stored battle counter
 * @param win        wins
 * @param lose       losses
 * @param draw       draws
 */
public record Progress(int level, int experience, int battle, int win, int lose, int draw) {

    /** A freshly registered character. */
    public static final Progress NEW = new Progress(1, 0, 0, 0, 0, 0);
}
