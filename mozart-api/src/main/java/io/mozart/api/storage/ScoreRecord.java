package io.mozart.api.storage;

/**
 * A personal best of one character on one chart ({@code t_o2jam_user_music_ranking}).
 *
 * @param musicId    {@code MUSIC_INDEX_ID}
 * @param difficulty {@code DIFFICULTY}: 0 EX, 1 NX, 2 HX, 3 RX
 * @param score      {@code USER_SCORE}, unsigned 32-bit (0..4294967295)
 * @param clearType  {@code FLAG}: 0 none, 1 all combo, 2 all cool
 */
public record ScoreRecord(int musicId, int difficulty, long score, int clearType) {

    /** Validates the ranges of the byte and uint32 columns. */
    public ScoreRecord {
        if (difficulty < 0 || difficulty > 255 || clearType < 0 || clearType > 255) {
            throw new IllegalArgumentException("difficulty/clear type out of byte range");
        }
        if (score < 0 || score > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("score out of uint32 range: " + score);
        }
    }
}
