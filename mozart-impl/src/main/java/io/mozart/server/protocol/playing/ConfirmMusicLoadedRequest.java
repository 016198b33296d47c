package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * ConfirmMusicLoaded, C→S 0x0FAC (spec 04 §4): the client finished loading; the server tracks it and
 * broadcasts MusicLoaded {memberId, 1}. Frame: 8 bytes.
 *
 * @param powerSkillId {@code i32}, only logged
 */
public record ConfirmMusicLoadedRequest(int powerSkillId) {

    /** Wire codec. */
    public static final Codec<ConfirmMusicLoadedRequest> CODEC = StructCodec.of(
            Field.of("powerSkillId", Codecs.I32, ConfirmMusicLoadedRequest::powerSkillId),
            ConfirmMusicLoadedRequest::new);
}
