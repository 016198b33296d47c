package io.mozart.server.protocol.cluster;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeFrame;
import static io.mozart.server.protocol.ProtocolFrames.frame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mozart.encore.protocol.PacketRegistry;
import org.junit.jupiter.api.Test;

/**
 * Byte layouts of the internal link, spec 06 §7.2–7.3 and 01 §3.5–3.6. The spec gives no hex examples for the
 * link; every frame here is built by hand from its tables.
 */
class ClusterWireExamplesTest {

    private static final PacketRegistry REGISTRY = ClusterPackets.registry();
    private static final String TOKEN = "0123456789ABCDEF0123456789ABCDEF";
    private static final String TOKEN_HEX = "30313233343536373839414243444546".repeat(2);

    private static void assertFrame(String expectedHex, Object record) {
        assertWire(REGISTRY, record, expectedHex);
    }

    @Test
    void createChannelHandshake() {
        // 06 §7.3: 300 CreateChannel request `int32 gatewayId, int32 channelId`; 200 reply `bool success`.
        assertFrame("0C 00 2C 01 00 00 00 00 03 00 00 00", new CreateChannelRequest(0, 3));
        assertFrame("05 00 C8 00 01", new CreateChannelResponse(true));
        assertFrame("05 00 C8 00 00", new CreateChannelResponse(false));
    }

    @Test
    void getChannelStats() {
        // 06 §7.3: 201 `S requestId` (GUID, 36 chars); 301 `S128 requestId, int32 channelId, int32 capacity,
        // int32 userCount, float gemRate, float expRate`.
        String guid = "0F8FAD5B-D9CB-469F-A165-70867728950E";
        String guidHex = "30463846414435422D443943422D343639462D413136352D373038363737323839353045";
        assertFrame("29 00 C9 00" + guidHex + "00", new GetChannelStatsRequest(guid));
        assertFrame(
                "3D 00 2D 01" + guidHex + "00" + "01000000" + "64000000" + "05000000" + "0000803F" + "0000C03F",
                new GetChannelStatsResponse(guid, 1, 100, 5, 1.0f, 1.5f));
    }

    @Test
    void grantSessionAsTheReferenceGatewaySendsIt() {
        // 06 §7.3: 202 `S sessionId` (declared second field `S128 clientId` is never sent → reads as "").
        assertFrame("25 00 CA 00" + TOKEN_HEX + "00", GrantSessionRequest.of(TOKEN));
        assertNull(((GrantSessionRequest) decodeFrame(REGISTRY, hex("25 00 CA 00" + TOKEN_HEX + "00"))).clientId());
    }

    @Test
    void grantSessionReply() {
        // 06 §7.3: 303 `bool success, S128 sessionId, S128 clientId, S128 username, S128 nickname, int32 ranking,
        // int32 channelId, int32 capacity, int32 userCount`.
        assertFrame(
                "3F 00 2F 01" + "01" + TOKEN_HEX + "00" + "00" + "61626300" + "41626300" + "07000000" + "02000000"
                        + "64000000" + "03000000",
                new GrantSessionResponse(true, TOKEN, "", "abc", "Abc", 7, 2, 100, 3));
        // failure: empty strings, ranking 0, channelId -1
        assertFrame(
                "19 00 2F 01" + "00" + "00" + "00" + "00" + "00" + "00000000" + "FFFFFFFF" + "64000000" + "00000000",
                new GrantSessionResponse(false, "", "", "", "", 0, -1, 100, 0));
    }

    @Test
    void revokeAndDelete() {
        // 06 §7.3: 203 `S sessionId`; 304 DeleteChannel (empty).
        assertFrame("25 00 CB 00" + TOKEN_HEX + "00", new RevokeSessionCommand(TOKEN));
        assertFrame("04 00 30 01", DeleteChannelCommand.INSTANCE);
    }

    @Test
    void heartbeatsAreMozartsOwn() {
        // Not in the spec (06 §7.6 has no heartbeat): 205 empty; 305 int32 capacity, userCount, roomCount.
        assertFrame("04 00 CD 00", GatewayHeartbeat.INSTANCE);
        assertFrame("10 00 31 01" + "64000000" + "03000000" + "01000000", new ChannelHeartbeat(100, 3, 1));
    }

    @Test
    void relayCarriesACompleteClientPayload() {
        // 06 §7.3: 204 / 302 `S128 sessionId, REST payload` = client command + body, no length prefix.
        // Here: the SellItem request (0x138A, slot 29) and the SellItem rejection (0x138B).
        GatewayRelay in = new GatewayRelay(TOKEN, hex("8A 13 1D 00 00 00"));
        assertFrame("2B 00 CC 00" + TOKEN_HEX + "00" + "8A13 1D000000", in);
        assertEquals(0x138A, in.opcode());
        ChannelRelay out = new ChannelRelay(TOKEN, hex("8B 13 01 00 00 00"));
        assertFrame("2B 00 2E 01" + TOKEN_HEX + "00" + "8B13 01000000", out);
        // a body-less client command is relayed as just its 2-byte command
        assertFrame("27 00 CC 00" + TOKEN_HEX + "00" + "8E13", new GatewayRelay(TOKEN, hex("8E 13")));
    }

    @Test
    void s128CutsAt127BytesAndAlwaysTerminates() {
        // 06 §7.2: "S128 = same but the bytes are cut to at most 127 and the terminator always written
        // (≤ 128 bytes total); a reader reads up to the terminator or 128 bytes".
        String longId = "x".repeat(200);
        byte[] f = frame(REGISTRY, new RevokeSessionCommand(longId));
        assertEquals(2 + 2 + 128, f.length);
        assertEquals(0, f[f.length - 1]);
        assertEquals(new RevokeSessionCommand("x".repeat(127)), decodeFrame(REGISTRY, f));
        // 128 bytes without a terminator: the reader stops after 128 bytes; the payload follows.
        String raw = "86 00 CC 00" + "78".repeat(128) + "8E13";
        GatewayRelay relay = (GatewayRelay) decodeFrame(REGISTRY, hex(raw));
        assertEquals("x".repeat(128), relay.sessionId());
        assertEquals(0x138E, relay.opcode());
    }
}
