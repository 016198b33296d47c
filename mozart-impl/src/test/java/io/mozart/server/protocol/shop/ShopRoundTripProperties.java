package io.mozart.server.protocol.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips, spec sizes and robust decoding for the item-shop and music-shop records (spec 05 §3–§4).
 */
class ShopRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(ShopPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return ShopArbitraries.all();
    }

    /** Every record of the area has a size in the spec (05). */
    @Override
    protected OptionalInt expectedBodySize(Object record) {
        return OptionalInt.of(specBodySize(record));
    }

    @Provide
    Arbitrary<SyncPurchaseResponse> syncPurchase() {
        return ShopArbitraries.syncPurchaseResponse();
    }

    @Override
    protected boolean decodesBackExactly(Object record) {
        // an ambiguous SyncPurchaseResponse is covered by syncPurchaseDecodesWithTheSmallestFittingCapacity
        return !(record instanceof SyncPurchaseResponse r && isAmbiguous(r));
    }

    @Property(tries = 300)
    void syncPurchaseDecodesWithTheSmallestFittingCapacity(@ForAll("syncPurchase") SyncPurchaseResponse r) {
        byte[] payload = ProtocolFrames.payload(REGISTRY, r);
        ByteBuf body = Unpooled.wrappedBuffer(payload, 2, payload.length - 2);
        try {
            List<Integer> candidates = SyncPurchaseResponse.candidateCapacities(body);
            assertTrue(candidates.contains(r.bag().size()), candidates::toString);
            SyncPurchaseResponse decoded = (SyncPurchaseResponse) ProtocolFrames.decodePayload(REGISTRY, payload);
            assertEquals(candidates.get(0), decoded.bag().size());
            assertEquals(r, SyncPurchaseResponse.codec(r.bag().size()).read(body));
        } finally {
            body.release();
        }
    }

    private static boolean isAmbiguous(SyncPurchaseResponse r) {
        byte[] payload = ProtocolFrames.payload(REGISTRY, r);
        ByteBuf body = Unpooled.wrappedBuffer(payload, 2, payload.length - 2);
        try {
            return SyncPurchaseResponse.candidateCapacities(body).get(0)
                    != r.bag().size();
        } finally {
            body.release();
        }
    }

    private static int specBodySize(Object record) {
        if (record instanceof SyncPurchaseResponse r) {
            // 05 §3: 32 + 4·capacity + 8·n
            return 32
                    + 4 * r.bag().size()
                    + AttributiveItemEntry.SIZE * r.attributiveItems().size();
        }
        if (record instanceof SellItemRequest) {
            return 4;
        }
        if (record instanceof SellItemResponse r) {
            return r.invalid() ? 4 : 8;
        }
        if (record instanceof SyncMusicPurchaseResponse r) {
            int size = 7 * 4 + MusicPremiumEntry.SIZE * r.musicEntries().size() + 2 + 2 + 4;
            for (GiftItemEntry g : r.itemGifts()) {
                size += 9 + ProtocolFrames.utf8(g.sender());
            }
            for (GiftMusicEntry g : r.musicGifts()) {
                size += 9 + ProtocolFrames.utf8(g.sender());
            }
            return size;
        }
        return 0; // the requests without body and StartPaymentResponse
    }
}
