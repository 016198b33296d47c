package io.mozart.server.playing.rules;

/**
 * One tracked player's submitted state, as result processing reads it (spec 04 §3, §4 SubmitScore).
 *
 * @param memberId      slot index 0–7
 * @param cool          cool count
 * @param good          good count
 * @param bad           bad count
 * @param miss          miss count
 * @param maxCombo      max combo
 * @param maxJamCombo   max jam combo (shown as the results' jam combo)
 * @param score         score (u32)
 * @param clear         {@code life > 0} at submission
 * @param speed         submitted GameSpeed
 * @param longNoteScore long-note score
 */
public record PlayerScore(
        int memberId,
        int cool,
        int good,
        int bad,
        int miss,
        int maxCombo,
        int maxJamCombo,
        long score,
        boolean clear,
        int speed,
        int longNoteScore) {

    /** @return {@code cool + good + bad + miss} */
    public int judged() {
        return cool + good + bad + miss;
    }
}
