package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ConfirmMusicLoaded, C→S 0x0FAC (spec 04 §4): the client finished loading. */
public record ConfirmMusicLoadedRequest(int powerSkillId) implements ClientMessage {
    public static final Codec<ConfirmMusicLoadedRequest> CODEC =
            of(of("powerSkillId", I32, ConfirmMusicLoadedRequest::powerSkillId), ConfirmMusicLoadedRequest::new);
}
