package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SubmitScore (ScoreSubmissionRequest), C→S 0x0FB0 (spec 04 §4); {@code jamCombo} is read but ignored. */
public record SubmitScoreRequest(
        int cool,
        int good,
        int bad,
        int miss,
        int maxCombo,
        int jamCombo,
        int maxJamCombo,
        long score,
        int life,
        int speed,
        int longNoteScore)
        implements ClientMessage {
    public static final Codec<SubmitScoreRequest> CODEC = of(
            of("cool", U16, SubmitScoreRequest::cool),
            of("good", U16, SubmitScoreRequest::good),
            of("bad", U16, SubmitScoreRequest::bad),
            of("miss", U16, SubmitScoreRequest::miss),
            of("maxCombo", U16, SubmitScoreRequest::maxCombo),
            of("jamCombo", U16, SubmitScoreRequest::jamCombo),
            of("maxJamCombo", U16, SubmitScoreRequest::maxJamCombo),
            of("score", U32, SubmitScoreRequest::score),
            of("life", U8, SubmitScoreRequest::life),
            of("speed", U8, SubmitScoreRequest::speed),
            of("longNoteScore", I32, SubmitScoreRequest::longNoteScore),
            SubmitScoreRequest::new);

    /** @return whether the player cleared the song ({@code life > 0}) */
    public boolean clear() {
        return life > 0;
    }
}
