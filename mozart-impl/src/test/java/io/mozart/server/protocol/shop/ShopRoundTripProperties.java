package io.mozart.server.protocol.shop;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.EconomyWire;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.common.RoundTripChecks;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trips, spec sizes and robust decoding for the item-shop and music-shop records (spec 05 §3–§4).
 */
class ShopRoundTripProperties {

    private static final PacketRegistry REGISTRY = registry();

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ShopPackets.register(b);
        return b.build();
    }

    @Provide
    Arbitrary<Object> records() {
        return RoundTripChecks.anyOf(ShopArbitraries.all());
    }

    @Provide
    Arbitrary<Integer> opcodes() {
        return RoundTripChecks.opcodes(REGISTRY);
    }

    @Provide
    Arbitrary<SyncPurchaseResponse> syncPurchase() {
        return ShopArbitraries.syncPurchaseResponse();
    }

    @Property(tries = 1500)
    void everyRecordRoundTrips(@ForAll("records") Object record) {
        if (record instanceof SyncPurchaseResponse r && isAmbiguous(r)) {
            return; // covered by syncPurchaseDecodesWithTheSmallestFittingCapacity
        }
        RoundTripChecks.assertRoundTrip(REGISTRY, record);
    }

    @Property(tries = 1500)
    void bodySizesMatchTheSpec(@ForAll("records") Object record) {
        assertEquals(expectedBodySize(record), EconomyWire.bodyLength(REGISTRY, record), record::toString);
    }

    @Property(tries = 300)
    void syncPurchaseDecodesWithTheSmallestFittingCapacity(@ForAll("syncPurchase") SyncPurchaseResponse r) {
        byte[] payload = EconomyWire.payload(REGISTRY, r);
        ByteBuf body = Unpooled.wrappedBuffer(payload, 2, payload.length - 2);
        try {
            List<Integer> candidates = SyncPurchaseResponse.candidateCapacities(body);
            assertTrue(candidates.contains(r.bag().size()), candidates::toString);
            SyncPurchaseResponse decoded = (SyncPurchaseResponse) EconomyWire.decodePayload(REGISTRY, payload);
            assertEquals(candidates.get(0), decoded.bag().size());
            assertEquals(r, SyncPurchaseResponse.codec(r.bag().size()).read(body));
        } finally {
            body.release();
        }
    }

    @Property(tries = 2000)
    void arbitraryBodiesDecodeOrFailCleanly(@ForAll("opcodes") int opcode, @ForAll @Size(max = 400) byte[] body) {
        RoundTripChecks.assertDecodesOrFailsCleanly(REGISTRY, opcode, body);
    }

    @Property(tries = 1000)
    void damagedEncodingsDecodeOrFailCleanly(@ForAll("records") Object record, @ForAll int position,
                                             @ForAll byte value, @ForAll boolean truncate) {
        RoundTripChecks.assertDamagedDecodesOrFails(REGISTRY, record, position, value, truncate);
    }

    private static boolean isAmbiguous(SyncPurchaseResponse r) {
        byte[] payload = EconomyWire.payload(REGISTRY, r);
        ByteBuf body = Unpooled.wrappedBuffer(payload, 2, payload.length - 2);
        try {
            return SyncPurchaseResponse.candidateCapacities(body).get(0) != r.bag().size();
        } finally {
            body.release();
        }
    }

    static int expectedBodySize(Object record) {
        if (record instanceof SyncPurchaseResponse r) {
            // 05 §3: 32 + 4·capacity + 8·n
            return 32 + 4 * r.bag().size() + AttributiveItemEntry.SIZE * r.attributiveItems().size();
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
                size += 9 + RoundTripChecks.utf8(g.sender());
            }
            for (GiftMusicEntry g : r.musicGifts()) {
                size += 9 + RoundTripChecks.utf8(g.sender());
            }
            return size;
        }
        return 0; // the requests without body and StartPaymentResponse
    }
}
