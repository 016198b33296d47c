package io.mozart.server.playing.rules;

/**
 * The best-score record keyed by (user, room musicId, room difficulty) (spec 04 §6.3 step 5).
 */
public final class BestScoreRules {

    private BestScoreRules() {}

    /**
     * What to do with the record.
     *
     * @param write     whether to write (insert or update) the record
     * @param create    whether the record does not exist yet (insert rather than update)
     * @param score     the score to store (u32)
     * @param clearType the clear type to store
     */
    public record Decision(boolean write, boolean create, long score, ClearType clearType) {

        /** Leave the record alone. */
        public static final Decision KEEP = new Decision(false, false, 0, ClearType.NONE);
    }

    /**
     * AllCool if every note is cool; else AllCombo if cool + good cover every note with no bad and no miss;
     * else None. The clear flag is not considered.
     *
     * @param cool       cool
     * @param good       good
     * @param bad        bad
     * @param miss       miss
     * @param totalNotes chart note count
     * @return the clear type (reference formula: 0 notes and 0 cools gives AllCool)
     */
    public static ClearType clearType(int cool, int good, int bad, int miss, int totalNotes) {
        if (cool == totalNotes) {
            return ClearType.ALL_COOL;
        }
        if (cool + good == totalNotes && bad == 0 && miss == 0) {
            return ClearType.ALL_COMBO;
        }
        return ClearType.NONE;
    }

    /**
     * The reference behaviour: {@code isNew} = no record or stored &lt; score; a missing record is always
     * created; when {@code isNew} the stored score is {@code safe ? score : 0} — so an unsafe game (missing
     * music, nobody cleared, album room) downgrades a beaten record to 0 and creates 0-score records.
     *
     * @param stored     the stored score, {@code null} when there is no record
     * @param score      this game's score (u32)
     * @param safe       the game's safety flag
     * @param cool       cool
     * @param good       good
     * @param bad        bad
     * @param miss       miss
     * @param totalNotes chart note count
     * @return the decision
     */
    public static Decision decideReference(
            Long stored, long score, boolean safe, int cool, int good, int bad, int miss, int totalNotes) {
        boolean create = stored == null;
        boolean isNew = create || stored < score;
        if (!isNew) {
            return Decision.KEEP;
        }
        return new Decision(true, create, safe ? score : 0, clearType(cool, good, bad, miss, totalNotes));
    }

    /**
     * Mozart's behaviour (divergence, server-side bug fix): an unsafe game never touches the record (no 0-score
     * downgrade, no 0-score record), and a chart without notes never yields a clear type. Otherwise as
     * {@link #decideReference}.
     *
     * @param stored     the stored score, {@code null} when there is no record
     * @param score      this game's score (u32)
     * @param safe       the game's safety flag
     * @param cool       cool
     * @param good       good
     * @param bad        bad
     * @param miss       miss
     * @param totalNotes chart note count
     * @return the decision
     */
    public static Decision decide(
            Long stored, long score, boolean safe, int cool, int good, int bad, int miss, int totalNotes) {
        if (!safe) {
            return Decision.KEEP;
        }
        Decision d = decideReference(stored, score, true, cool, good, bad, miss, totalNotes);
        if (d.write() && totalNotes <= 0) {
            return new Decision(true, d.create(), d.score(), ClearType.NONE);
        }
        return d;
    }
}
