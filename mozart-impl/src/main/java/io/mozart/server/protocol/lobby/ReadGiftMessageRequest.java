package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * ReadGiftMessage, C→S request 0x139B (spec 02 §5.9, 05 §7). No reply.
 *
 * @param giftMessageId the message to mark read
 */
public record ReadGiftMessageRequest(int giftMessageId) {
    public static final Codec<ReadGiftMessageRequest> CODEC =
            of(of("giftMessageId", I32, ReadGiftMessageRequest::giftMessageId), ReadGiftMessageRequest::new);
}
