package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.listI32;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.BagCapacity;
import java.util.List;
import java.util.Objects;

/** BagRefresh — S→C response — opcode 0x13AF (spec 05 §6.7), the answer to RefreshBag. */
public record BagRefreshResponse(boolean invalid, List<Integer> bag, List<AttributiveItemEntry> attributiveItems)
        implements ServerMessage {
    public static final Codec<BagRefreshResponse> CODEC = StructCodec.of(
            Field.of("invalid", BOOL32, BagRefreshResponse::invalid),
            Field.of("bag", listI32(I32), BagRefreshResponse::bag),
            Field.of("attributiveItems", listI32(AttributiveItemEntry.CODEC), BagRefreshResponse::attributiveItems),
            BagRefreshResponse::new);

    public BagRefreshResponse {
        bag = List.copyOf(Objects.requireNonNull(bag, "bag"));
        attributiveItems = List.copyOf(Objects.requireNonNull(attributiveItems, "attributiveItems"));
        if (!BagCapacity.isValid(bag.size())) {
            throw new IllegalArgumentException("bag must hold 30, 60, ... 180 slots, not " + bag.size());
        }
        if (attributiveItems.size() > bag.size()) {
            throw new IllegalArgumentException("more attributive entries than bag slots");
        }
    }
    /** The reply as the reference sends it ({@code invalid = 0}). */
    public static BagRefreshResponse of(List<Integer> bag, List<AttributiveItemEntry> attributiveItems) {
        return new BagRefreshResponse(false, bag, attributiveItems);
    }
}
