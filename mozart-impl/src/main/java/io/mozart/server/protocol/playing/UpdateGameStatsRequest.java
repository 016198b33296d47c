package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** UpdateGameStats, C→S 0x0FAE (spec 04 §4): live life/jam report. */
public record UpdateGameStatsRequest(int type, int value, int sequence, long score, int longNoteScore)
        implements ClientMessage {
    public static final int MAX_LIFE = 1000;
    public static final Codec<UpdateGameStatsRequest> CODEC = of(
            of("type", U16, UpdateGameStatsRequest::type),
            of("value", U16, UpdateGameStatsRequest::value),
            of("sequence", I32, UpdateGameStatsRequest::sequence),
            of("score", U32, UpdateGameStatsRequest::score),
            of("longNoteScore", I32, UpdateGameStatsRequest::longNoteScore),
            UpdateGameStatsRequest::new);

    public GameUpdateStatsType statsType() {
        return GameUpdateStatsType.fromWire(type);
    }
}
