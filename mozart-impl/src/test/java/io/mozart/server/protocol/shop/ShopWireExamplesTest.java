package io.mozart.server.protocol.shop;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeFrame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.charge.ChargePackets;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.myroom.MyRoomPackets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact frames of spec 05 §3–§4, both directions.
 */
class ShopWireExamplesTest {

    private static final PacketRegistry REGISTRY =
            ProtocolFrames.registry(ShopPackets::register, ChargePackets::register, MyRoomPackets::register);

    private static void assertFrame(String expectedHex, Object record) {
        assertWire(REGISTRY, record, expectedHex);
    }

    @Test
    void startPaymentResponseIsAlwaysTheEmptyFrame() {
        // 05 §3 StartPayment response: "Empty body. The full frame is always `04 00 98 13`."
        assertFrame("04 00 98 13", StartPaymentResponse.INSTANCE);
    }

    @Test
    void bodilessRequestsAreFourByteFrames() {
        // 05 §0.1: "A response with an empty body is therefore exactly 4 bytes: `04 00 <op lo> <op hi>`."
        // The same holds for the body-less requests of 05 §3–§4.
        assertFrame("04 00 8E 13", EnterShopRequest.INSTANCE);
        assertFrame("04 00 8F 13", ExitShopRequest.INSTANCE);
        assertFrame("04 00 97 13", StartPaymentRequest.INSTANCE);
        assertFrame("04 00 88 13", SyncItemPurchaseRequest.INSTANCE);
        assertFrame("04 00 92 13", SyncMusicPurchaseRequest.INSTANCE);
    }

    @Test
    void bodilessRequestsIgnoreExtraBytes() {
        // 05 §0.2: "Requests listed as "no body" ignore any body bytes."
        assertEquals(EnterShopRequest.INSTANCE, decodeFrame(REGISTRY, hex("06 00 8E 13 AA BB")));
    }

    @Test
    void sellItemRejected() {
        // 05 §3 SellItem: "rejected → `08 00 8B 13 01 00 00 00`"
        assertFrame("08 00 8B 13 01 00 00 00", SellItemResponse.rejected());
    }

    @Test
    void sellItemAccepted() {
        // 05 §3 SellItem: "accepted with new balance 1500 → `0C 00 8B 13 00 00 00 00 DC 05 00 00`"
        assertFrame("0C 00 8B 13 00 00 00 00 DC 05 00 00", SellItemResponse.accepted(1500));
    }

    @Test
    void sellItemRequest() {
        // 05 §3 SellItem request: i32 bagSlotIndex
        assertFrame("08 00 8A 13 1D 00 00 00", new SellItemRequest(29));
        assertFrame("08 00 8A 13 FF FF FF FF", new SellItemRequest(-1));
    }

    @Test
    void syncPurchaseLayoutWithThirtySlots() {
        // 05 §3 SyncPurchase: gem, point, o2Cash, cashPoint (0), bare bag (capacity entries), musicCash, itemCash,
        // list<AttributiveItemEntry>/i32, freePassExtensionDays; body = 32 + 4·capacity + 8·n.
        List<Integer> bag = new ArrayList<>(Collections.nCopies(30, 0));
        bag.set(0, 35);
        bag.set(2, 0x1234);
        SyncPurchaseResponse r =
                new SyncPurchaseResponse(1, 2, 3, 0, bag, 4, 5, List.of(new AttributiveItemEntry(0x1234, 7)), 9);
        StringBuilder hex = new StringBuilder();
        hex.append("A4 00 89 13"); // frame 164 = body (32 + 4·30 + 8·1 = 160) + opcode + prefix
        hex.append("01000000 02000000 03000000 00000000");
        hex.append("23000000 00000000 34120000");
        hex.append("00000000".repeat(27));
        hex.append("04000000 05000000");
        hex.append("01000000 34120000 07000000");
        hex.append("09000000");
        assertFrame(hex.toString(), r);
    }

    @Test
    void syncPurchaseWithAnExpandedBagDecodesItsCapacity() {
        // 05 §3: "exactly `capacity` entries (30 + 30 × expansions, i.e. 30…180)"; 60 slots, no attributive items.
        List<Integer> bag = Collections.nCopies(60, 0);
        SyncPurchaseResponse r = new SyncPurchaseResponse(0, 0, 0, 0, bag, 0, 0, List.of(), 0);
        String hex = "14 01 89 13" + "00".repeat(16) + "00000000".repeat(60) + "00".repeat(16);
        assertFrame(hex, r);
    }

    @Test
    void syncMusicPurchaseLayout() {
        // 05 §4 SyncMusicPurchase: gem, point, o2Cash, musicCash, itemCash, i32 musicEntryCount, cashPoint,
        // bare MusicPremiumEntry × count (7 bytes each), list<GiftItemEntry>/i16, list<GiftMusicEntry>/i16,
        // freePassExtensionDays. Entry: music 100 expiring 31/12/2026 23:59 (same bytes as 02 §7's example).
        SyncMusicPurchaseResponse r = new SyncMusicPurchaseResponse(
                1,
                2,
                3,
                4,
                5,
                10,
                List.of(new MusicPremiumEntry(100, 31, 12, 26, 23, 59), MusicPremiumEntry.unlimited(0x0201)),
                List.of(new GiftItemEntry(7, 35, "ab")),
                List.of(new GiftMusicEntry(8, 100, "")),
                0);
        String hex = "4A 00 93 13"
                + "01000000 02000000 03000000 04000000 05000000"
                + "02000000" // musicEntryCount
                + "0A000000" // cashPoint
                + "6400 1F 0C 1A 17 3B" + "0102 00 00 00 00 00"
                + "0100" + "07000000 23000000 616200"
                + "0100" + "08000000 64000000 00"
                + "00000000";
        assertFrame(hex, r);
    }
}
