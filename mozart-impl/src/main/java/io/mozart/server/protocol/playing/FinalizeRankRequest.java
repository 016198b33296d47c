package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** FinalizeRank, C→S 0x0FC9 (spec 04 §4): empty body, frame {@code 04 00 C9 0F}. */
public record FinalizeRankRequest() implements ClientMessage {
    public static final FinalizeRankRequest INSTANCE = new FinalizeRankRequest();
    public static final Codec<FinalizeRankRequest> CODEC = unit(INSTANCE);
}
