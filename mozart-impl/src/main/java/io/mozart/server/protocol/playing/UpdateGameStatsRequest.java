package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * UpdateGameStats, C→S 0x0FAE (spec 04 §4): live life/jam report. Frame: 20 bytes.
 *
 * @param type          {@code u16} GameUpdateStatsType: 0 Life, 1 Jam; other values are ignored
 * @param value         {@code u16} life (0–1000; above 1000 the update is dropped) or jam combo
 * @param sequence      {@code i32}, only logged
 * @param score         {@code u32} current score
 * @param longNoteScore {@code i32} current long-note score
 */
public record UpdateGameStatsRequest(int type, int value, int sequence, long score, int longNoteScore) {

    /** Highest valid life value. */
    public static final int MAX_LIFE = 1000;

    /** Wire codec. */
    public static final Codec<UpdateGameStatsRequest> CODEC = StructCodec.of(
            Field.of("type", Codecs.U16, UpdateGameStatsRequest::type),
            Field.of("value", Codecs.U16, UpdateGameStatsRequest::value),
            Field.of("sequence", Codecs.I32, UpdateGameStatsRequest::sequence),
            Field.of("score", Codecs.U32, UpdateGameStatsRequest::score),
            Field.of("longNoteScore", Codecs.I32, UpdateGameStatsRequest::longNoteScore),
            UpdateGameStatsRequest::new);

    /**
     * Validates ranges.
     *
     * @param type          stats type
     * @param value         life or jam
     * @param sequence      sequence
     * @param score         score
     * @param longNoteScore long-note score
     */
    public UpdateGameStatsRequest {
        PlayingChecks.u16("type", type);
        PlayingChecks.u16("value", value);
        PlayingChecks.u32("score", score);
    }

    /** @return the type as an enum */
    public GameUpdateStatsType statsType() {
        return GameUpdateStatsType.fromWire(type);
    }
}
