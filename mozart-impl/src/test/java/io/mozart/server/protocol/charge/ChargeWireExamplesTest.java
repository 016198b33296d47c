package io.mozart.server.protocol.charge;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeFrame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact frames of spec 05 §5, both directions.
 */
class ChargeWireExamplesTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(ChargePackets::register);

    private static void assertFrame(String expectedHex, Object record) {
        assertWire(REGISTRY, record, expectedHex);
    }

    @Test
    void syncFreePassWithFreeMusicOnAndEmptyWallet() {
        // 05 §5 SyncFreePass: "Example (FreeMusic on, all wallet values 0): body = `00000000` + 5×`00000000` +
        // `01000000` + `00000000` + `00` + `00000000` = 37 bytes, frame length 41 (0x29)."
        UserFreePassInfo info = new UserFreePassInfo(0, 0, 0, 0, 0, 1, 0, "", 0);
        assertFrame(
                "29 00 A2 13" + "00000000" + "00000000".repeat(5) + "01000000" + "00000000" + "00" + "00000000",
                SyncFreePassResponse.success(info));
    }

    @Test
    void syncFreePassWithRemainingTime() {
        // 05 §5 UserFreePassInfo: remainingText "05:00:00", remainingSeconds 18000; result Unknown = FFFFFFA2.
        UserFreePassInfo info = new UserFreePassInfo(1, 2, 3, 4, 5, 0x40, 6, "05:00:00", 18000);
        assertFrame(
                "31 00 A2 13" + "A2FFFFFF" + "01000000 02000000 03000000 04000000 05000000" + "40000000" + "06000000"
                        + "30353A30303A303000" + "50460000",
                new SyncFreePassResponse(SyncFreePassResponse.UNKNOWN, info));
    }

    @Test
    void syncFreePassWithoutInfo() {
        // 05 §5: info is `[optional]`; only Unknown may omit it in Mozart (the reference always sends it).
        assertFrame("08 00 A2 13 A2 FF FF FF", new SyncFreePassResponse(SyncFreePassResponse.UNKNOWN, null));
    }

    @Test
    void syncPointCarriesOneI32() {
        // 05 §5 SyncPoint: point i32 (the O2Cash value).
        assertFrame("08 00 96 13 E8 03 00 00", new SyncPointResponse(1000));
        assertFrame("04 00 95 13", SyncPointRequest.INSTANCE);
    }

    @Test
    void syncCashPoint() {
        // 05 §5 SyncCashPoint: gem i32, cashPoint i32.
        assertFrame("0C 00 A5 13 64 00 00 00 0A 00 00 00", new SyncCashPointResponse(100, 10));
        assertFrame("04 00 A4 13", SyncCashPointRequest.INSTANCE);
        assertFrame("04 00 A1 13", SyncFreePassRequest.INSTANCE);
    }

    @Test
    void checkGiftFreePass() {
        // 05 §5 CheckGiftFreePass: request cstr name; response bool32 invalid + cstr username ("00" when invalid).
        assertFrame("08 00 B0 13 61 62 63 00", new CheckGiftFreePassRequest("abc"));
        assertFrame("09 00 B1 13 01 00 00 00 00", CheckGiftFreePassResponse.notFound());
        assertFrame("0C 00 B1 13 00 00 00 00 41 62 63 00", CheckGiftFreePassResponse.found("Abc"));
    }

    @Test
    void requestStringAtTheEndOfTheFrameReadsAsEmpty() {
        // 05 §0.2: "If the body is already exhausted at the point where the string starts, the value is the
        // empty string."
        assertEquals(new CheckGiftFreePassRequest(""), decodeFrame(REGISTRY, hex("04 00 B0 13")));
    }
}
