package io.mozart.api.storage;

/**
 * Penalty state of a character ({@code t_o2jam_penalty}).
 *
 * @param level penalty level 0..7
 * @param count number of penalised room exits
 */
public record Penalty(int level, int count) {

    /** No penalty. */
    public static final Penalty NONE = new Penalty(0, 0);

    /**
     * The level rule of spec 04 §7: ≤3 → 0, ≤6 → 1, …, ≥22 → 7.
     *
     * @param count a penalty count
     * @return the level for it
     */
    public static int levelFor(int count) {
        return Math.min(7, Math.max(0, (count - 1) / 3));
    }

    /**
     * @return this penalty after one more penalised exit
     */
    public Penalty incremented() {
        final int next = count + 1;
        return new Penalty(levelFor(next), next);
    }
}
