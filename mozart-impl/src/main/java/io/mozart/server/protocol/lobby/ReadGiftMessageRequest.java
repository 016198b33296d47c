package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * ReadGiftMessage, C→S request 0x139B (spec 02 §5.9, 05 §7). No reply.
 *
 * @param giftMessageId the message to mark read
 */
public record ReadGiftMessageRequest(int giftMessageId) {

    /** Wire codec. */
    public static final Codec<ReadGiftMessageRequest> CODEC = StructCodec.of(
            Field.of("giftMessageId", Codecs.I32, ReadGiftMessageRequest::giftMessageId),
            ReadGiftMessageRequest::new);
}
