package io.mozart.server.playing.rules;

/** Grade evaluation (spec 04 §8). */
public final class GradeRules {

    private GradeRules() {}

    /**
     * The note count the grade uses: EX/NX/HX counts; RX or any other difficulty ⇒ 0 (⇒ {@link Grade#NONE}).
     *
     * @param difficulty 0 EX, 1 NX, 2 HX, 3 RX
     * @param notesEx    header noteCountEx
     * @param notesNx    header noteCountNx
     * @param notesHx    header noteCountHx
     * @return n
     */
    public static int noteCount(int difficulty, int notesEx, int notesNx, int notesHx) {
        return switch (difficulty) {
            case 0 -> notesEx;
            case 1 -> notesNx;
            case 2 -> notesHx;
            default -> 0;
        };
    }

    /**
     * {@code gradeMax = 200·n + 250·j·(j+1) + (rem > 0 ? 10·rem·(j+1) : 0)}, {@code j = (n−26)/25},
     * {@code rem = (n−26)%25} (differs from the reward formula, reference quirk kept).
     *
     * @param n note count
     * @return gradeMax
     */
    public static int gradeMax(int n) {
        int j = (n - 26) / 25;
        int rem = (n - 26) % 25;
        return 200 * n + 250 * j * (j + 1) + (rem > 0 ? 10 * rem * (j + 1) : 0);
    }

    private static int pct(int gradeMax, double fraction) {
        return (int) (gradeMax * fraction);
    }

    /**
     * The stored-record variant (the one the score list uses): score 0 → F; AllCool → Perfect; ≥80% and
     * AllCombo → S; ≥80% → A; ≥70% → B; ≥50% → C; ≥30% → D; else E. No header ({@code n ≤ 0}) → None.
     *
     * <p>Divergence: a negative note count (malformed header) is treated like 0; the reference only checks 0.
     *
     * @param score     stored score (u32)
     * @param n         {@link #noteCount} of the record's difficulty, 0 when the header is missing
     * @param clearType the record's clear type
     * @return the grade
     */
    public static Grade ofRecord(long score, int n, ClearType clearType) {
        if (n <= 0) {
            return Grade.NONE;
        }
        if (score == 0) {
            return Grade.F;
        }
        if (clearType == ClearType.ALL_COOL) {
            return Grade.PERFECT;
        }
        int max = gradeMax(n);
        if (score >= pct(max, 0.80)) {
            return clearType == ClearType.ALL_COMBO ? Grade.S : Grade.A;
        }
        return tail(score, max);
    }

    /**
     * The live-state variant (present but unused in the reference): not clear → F; score ≥ gradeMax → Perfect if
     * every note was cool, else S; {@code allCombo = maxCombo == n − 1}; ≥80% and allCombo → S; ≥80% → A; ≥70% →
     * B; ≥50% → C; ≥30% → D; else E. No header ({@code n ≤ 0}) → None.
     *
     * @param score    score (u32)
     * @param n        note count
     * @param clear    {@code life > 0}
     * @param cool     cool count
     * @param maxCombo max combo
     * @return the grade
     */
    public static Grade ofLiveState(long score, int n, boolean clear, int cool, int maxCombo) {
        if (n <= 0) {
            return Grade.NONE;
        }
        if (!clear) {
            return Grade.F;
        }
        int max = gradeMax(n);
        if (score >= max) {
            return cool == n ? Grade.PERFECT : Grade.S;
        }
        if (score >= pct(max, 0.80)) {
            return maxCombo == n - 1 ? Grade.S : Grade.A;
        }
        return tail(score, max);
    }

    private static Grade tail(long score, int max) {
        if (score >= pct(max, 0.70)) {
            return Grade.B;
        }
        if (score >= pct(max, 0.50)) {
            return Grade.C;
        }
        if (score >= pct(max, 0.30)) {
            return Grade.D;
        }
        return Grade.E;
    }
}
