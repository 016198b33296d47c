package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.BagCapacity;

/** BagExpansion — S→C response — opcode 0x13AD (spec 05 §6.6). */
public record BagExpansionResponse(boolean invalid, Integer expansionSize) implements ServerMessage {
    public static final Codec<BagExpansionResponse> CODEC = of(
            of("invalid", BOOL32, BagExpansionResponse::invalid),
            of("expansionSize", I32.optional(), BagExpansionResponse::expansionSize),
            BagExpansionResponse::new);

    public BagExpansionResponse {
        if (invalid != (expansionSize == null)) {
            throw new IllegalArgumentException("expansionSize must be present exactly when invalid = 0");
        }
    }

    public static BagExpansionResponse rejected() {
        return new BagExpansionResponse(true, null);
    }
    /** @return the success reply, {@code expansionSize = 30} */
    public static BagExpansionResponse accepted() {
        return new BagExpansionResponse(false, BagCapacity.EXPANSION_SIZE);
    }
}
