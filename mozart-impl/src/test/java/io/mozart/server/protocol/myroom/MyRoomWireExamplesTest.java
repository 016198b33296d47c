package io.mozart.server.protocol.myroom;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeFrame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact frames of spec 05 §6, both directions.
 */
class MyRoomWireExamplesTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(MyRoomPackets::register);

    private static void assertFrame(String expectedHex, Object record) {
        assertWire(REGISTRY, record, expectedHex);
    }

    @Test
    void checkNameTaken() {
        // 05 §6.4 CheckName: 'Example: taken "abc" → `0C 00 A9 13 01 00 00 00 61 62 63 00`.'
        assertFrame("0C 00 A9 13 01 00 00 00 61 62 63 00", new CheckNameResponse(true, "abc"));
        assertFrame("08 00 A8 13 61 62 63 00", new CheckNameRequest("abc"));
    }

    @Test
    void bagExpansionSuccess() {
        // 05 §6.6 BagExpansion: "Success frame: `0C 00 AD 13 00 00 00 00 1E 00 00 00`."
        assertFrame("0C 00 AD 13 00 00 00 00 1E 00 00 00", BagExpansionResponse.accepted());
        assertFrame("08 00 AD 13 01 00 00 00", BagExpansionResponse.rejected());
        assertFrame("0C 00 AC 13 03 00 00 00 E9 03 00 00", new BagExpansionRequest(3, 1001));
    }

    @Test
    void equipItem() {
        // 05 §6.1 EquipItem: request i32 itemType, i32 bagSlotIndex; response bool32 invalid + 16-byte info.
        assertFrame("0C 00 8C 13 0B 00 00 00 02 00 00 00", new EquipItemRequest(11, 2));
        assertFrame(
                "18 00 8D 13 00 00 00 00 0B 00 00 00 23 00 00 00 02 00 00 00 24 00 00 00",
                EquipItemResponse.accepted(new EquipmentInfo(11, 35, 2, 36)));
        assertFrame("08 00 8D 13 01 00 00 00", EquipItemResponse.rejected());
    }

    @Test
    void claimGift() {
        // 05 §6.2 ClaimGift: request u8 giftType, i32 giftId, i32 resourceId, bool8; response bool32 + u8 result.
        assertFrame("0E 00 9F 13 01 07 00 00 00 64 00 00 00 00", new ClaimGiftRequest(1, 7, 100, false));
        assertFrame("09 00 A0 13 00 00 00 00 00", ClaimGiftResponse.of(ClaimGiftResult.SUCCESS));
        assertFrame("09 00 A0 13 00 00 00 00 04", ClaimGiftResponse.of(ClaimGiftResult.UNKNOWN_ERROR));
        // bool8: any non-zero byte reads as true
        assertEquals(
                new ClaimGiftRequest(0, 1, 2, true),
                decodeFrame(REGISTRY, hex("0E 00 9F 13 00 01 00 00 00 02 00 00 00 7F")));
    }

    @Test
    void changeName() {
        // 05 §6.3 ChangeName: request cstr name, i32 bagSlotIndex, i32 itemId; response bool32 + optional cstr.
        assertFrame("10 00 A6 13 61 62 63 00 05 00 00 00 0A 00 00 00", new ChangeNameRequest("abc", 5, 10));
        assertFrame("0C 00 A7 13 00 00 00 00 61 62 63 00", ChangeNameResponse.accepted("abc"));
        assertFrame("08 00 A7 13 01 00 00 00", ChangeNameResponse.rejected());
        assertFrame("09 00 A7 13 00 00 00 00 00", ChangeNameResponse.accepted(""));
    }

    @Test
    void changeNameWithUnterminatedStringIsADecodeError() {
        // 05 §0.2: "If the body ends before a terminator is found the whole request fails" (silent drop).
        assertThrows(DecodeException.class, () -> decodeFrame(REGISTRY, hex("07 00 A6 13 61 62 63")));
    }

    @Test
    void penaltyReset() {
        // 05 §6.5 PenaltyReset: no-body request; response bool32 invalid.
        assertFrame("04 00 AA 13", PenaltyResetRequest.INSTANCE);
        assertFrame("08 00 AB 13 00 00 00 00", new PenaltyResetResponse(false));
        assertFrame("08 00 AB 13 01 00 00 00", new PenaltyResetResponse(true));
    }

    @Test
    void bagRefresh() {
        // 05 §6.7 BagRefresh: bool32 invalid, list<i32>/i32 bag (count = capacity), list<AttributiveItemEntry>/i32.
        List<Integer> bag = new ArrayList<>(Collections.nCopies(30, 0));
        bag.set(1, 500);
        String hex = "90 00 AF 13" + "00000000" + "1E000000" + "00000000" + "F4010000" + "00000000".repeat(28)
                + "01000000" + "F4010000 03000000";
        assertFrame(hex, BagRefreshResponse.of(bag, List.of(new AttributiveItemEntry(500, 3))));
        assertFrame("04 00 AE 13", RefreshBagRequest.INSTANCE);
    }
}
