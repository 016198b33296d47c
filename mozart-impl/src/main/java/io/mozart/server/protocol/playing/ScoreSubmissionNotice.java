package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** ScoreSubmission, S→C 0x0FB1 (spec 04 §4), to ROOM. Frame: 5 bytes. */
public record ScoreSubmissionNotice(int memberId) implements ServerMessage {
    public static final Codec<ScoreSubmissionNotice> CODEC =
            of(of("memberId", U8, ScoreSubmissionNotice::memberId), ScoreSubmissionNotice::new);
}
