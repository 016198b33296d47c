package io.mozart.server.playing.rules;

/**
 * The two chart numbers result processing needs (spec 04 §6.1), selected by the room difficulty from the
 * music header: EX → the EX values, NX → the NX values, anything else (HX, RX, unknown) → the HX values.
 *
 * @param found      whether the room's music id exists in the channel's music list
 * @param musicLevel the chart level (0 when missing)
 * @param totalNotes the chart note count (0 when missing)
 */
public record ChartInfo(boolean found, int musicLevel, int totalNotes) {

    /** The room's music is not in the channel list (album rooms normally end up here). */
    public static final ChartInfo MISSING = new ChartInfo(false, 0, 0);

    /**
     * Selects the chart of the room difficulty.
     *
     * @param difficulty room difficulty (0 EX, 1 NX, 2 HX, 3 RX)
     * @param levelEx    header levelEx
     * @param levelNx    header levelNx
     * @param levelHx    header levelHx
     * @param notesEx    header noteCountEx
     * @param notesNx    header noteCountNx
     * @param notesHx    header noteCountHx
     * @return the chart info
     */
    public static ChartInfo select(
            int difficulty, int levelEx, int levelNx, int levelHx, int notesEx, int notesNx, int notesHx) {
        return switch (difficulty) {
            case 0 -> new ChartInfo(true, levelEx, notesEx);
            case 1 -> new ChartInfo(true, levelNx, notesNx);
            default -> new ChartInfo(true, levelHx, notesHx);
        };
    }
}
