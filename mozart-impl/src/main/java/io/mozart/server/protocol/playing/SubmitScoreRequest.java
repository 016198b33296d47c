package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SubmitScore, C→S 0x0FB0 (spec 04 §4; the reference calls it ScoreSubmissionRequest). Frame: 28 bytes.
 *
 * @param cool          {@code u16}
 * @param good          {@code u16}
 * @param bad           {@code u16}
 * @param miss          {@code u16}
 * @param maxCombo      {@code u16}
 * @param jamCombo      {@code u16}, read but ignored by the reference
 * @param maxJamCombo   {@code u16}, reported back as the results' "jam combo"
 * @param score         {@code u32}
 * @param life          {@code u8}; {@code clear = life > 0}
 * @param speed         {@code u8} GameSpeed, replaces the room speed for this player
 * @param longNoteScore {@code i32}
 */
public record SubmitScoreRequest(int cool, int good, int bad, int miss, int maxCombo, int jamCombo,
                                 int maxJamCombo, long score, int life, int speed, int longNoteScore) {

    /** Wire codec. */
    public static final Codec<SubmitScoreRequest> CODEC = StructCodec.of(
            Field.of("cool", Codecs.U16, SubmitScoreRequest::cool),
            Field.of("good", Codecs.U16, SubmitScoreRequest::good),
            Field.of("bad", Codecs.U16, SubmitScoreRequest::bad),
            Field.of("miss", Codecs.U16, SubmitScoreRequest::miss),
            Field.of("maxCombo", Codecs.U16, SubmitScoreRequest::maxCombo),
            Field.of("jamCombo", Codecs.U16, SubmitScoreRequest::jamCombo),
            Field.of("maxJamCombo", Codecs.U16, SubmitScoreRequest::maxJamCombo),
            Field.of("score", Codecs.U32, SubmitScoreRequest::score),
            Field.of("life", Codecs.U8, SubmitScoreRequest::life),
            Field.of("speed", Codecs.U8, SubmitScoreRequest::speed),
            Field.of("longNoteScore", Codecs.I32, SubmitScoreRequest::longNoteScore),
            SubmitScoreRequest::new);

    /**
     * Validates ranges.
     *
     * @param cool          cool count
     * @param good          good count
     * @param bad           bad count
     * @param miss          miss count
     * @param maxCombo      max combo
     * @param jamCombo      jam combo (ignored)
     * @param maxJamCombo   max jam combo
     * @param score         score
     * @param life          life
     * @param speed         speed
     * @param longNoteScore long-note score
     */
    public SubmitScoreRequest {
        PlayingChecks.u16("cool", cool);
        PlayingChecks.u16("good", good);
        PlayingChecks.u16("bad", bad);
        PlayingChecks.u16("miss", miss);
        PlayingChecks.u16("maxCombo", maxCombo);
        PlayingChecks.u16("jamCombo", jamCombo);
        PlayingChecks.u16("maxJamCombo", maxJamCombo);
        PlayingChecks.u32("score", score);
        PlayingChecks.u8("life", life);
        PlayingChecks.u8("speed", speed);
    }

    /** @return whether the player cleared the song ({@code life > 0}) */
    public boolean clear() {
        return life > 0;
    }
}
