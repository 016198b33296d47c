package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** SellItem — S→C response — opcode 0x138B (spec 05 §3). */
public record SellItemResponse(boolean invalid, Integer gem) implements ServerMessage {
    public static final Codec<SellItemResponse> CODEC = of(
            of("invalid", BOOL32, SellItemResponse::invalid),
            of("gem", I32.optional(), SellItemResponse::gem),
            SellItemResponse::new);

    public SellItemResponse {
        if (invalid != (gem == null)) {
            throw new IllegalArgumentException("gem must be present exactly when invalid = 0");
        }
    }
    /** @return the rejection ({@code 08 00 8B 13 01 00 00 00}) */
    public static SellItemResponse rejected() {
        return new SellItemResponse(true, null);
    }

    public static SellItemResponse accepted(int gem) {
        return new SellItemResponse(false, gem);
    }
}
