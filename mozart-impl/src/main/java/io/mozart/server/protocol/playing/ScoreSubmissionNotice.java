package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * ScoreSubmission, S→C 0x0FB1 (spec 04 §4), to ROOM. Frame: 5 bytes.
 *
 * @param memberId member who just submitted
 */
public record ScoreSubmissionNotice(int memberId) {

    /** Wire codec. */
    public static final Codec<ScoreSubmissionNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, ScoreSubmissionNotice::memberId),
            ScoreSubmissionNotice::new);

    /**
     * Validates the range.
     *
     * @param memberId member id
     */
    public ScoreSubmissionNotice {
        PlayingChecks.u8("memberId", memberId);
    }
}
