package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ReadGiftMessage, C→S request 0x139B (spec 02 §5.9, 05 §7). No reply. */
public record ReadGiftMessageRequest(int giftMessageId) implements ClientMessage {
    public static final Codec<ReadGiftMessageRequest> CODEC =
            of(of("giftMessageId", I32, ReadGiftMessageRequest::giftMessageId), ReadGiftMessageRequest::new);
}
