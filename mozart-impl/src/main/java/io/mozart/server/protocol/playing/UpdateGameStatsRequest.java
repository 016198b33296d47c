package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

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

    public static final Codec<UpdateGameStatsRequest> CODEC = of(
            of("type", U16, UpdateGameStatsRequest::type),
            of("value", U16, UpdateGameStatsRequest::value),
            of("sequence", I32, UpdateGameStatsRequest::sequence),
            of("score", U32, UpdateGameStatsRequest::score),
            of("longNoteScore", I32, UpdateGameStatsRequest::longNoteScore),
            UpdateGameStatsRequest::new);

    /** @return the type as an enum */
    public GameUpdateStatsType statsType() {
        return GameUpdateStatsType.fromWire(type);
    }
}
