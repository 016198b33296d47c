package io.mozart.server.protocol.planet;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeExactFrame;
import static io.mozart.server.protocol.ProtocolFrames.frame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every hex example of spec 01 §4 (and §1.10), byte-exact in both directions. */
class PlanetWireExamplesTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(PlanetPackets::register);

    private static final String TOKEN = "0123456789ABCDEF0123456789ABCDEF";

    // 01 §4.1: UserId 1, a 32-char token, gender "1", unused 1, ClientId "ABC", 48 bytes.
    @Test
    void authRequest() {
        String tokenHex = hex(TOKEN.getBytes(StandardCharsets.US_ASCII));
        String frameHex = "30 00 E8 03 01 00 00 00 " + tokenHex + " 00 31 00 01 41 42 43 00";
        assertEquals(48, hex(frameHex).length);
        assertWire(REGISTRY, new AuthRequest(1, TOKEN, Gender.MALE, 1, "ABC"), frameHex);
    }

    // 01 §4.1 field 4: the unused byte must be present; a frame ending before it fails to decode.
    @Test
    void authRequestWithoutTheUnusedByteFails() {
        String tokenHex = hex(TOKEN.getBytes(StandardCharsets.US_ASCII));
        byte[] frame = hex("2B 00 E8 03 01 00 00 00 " + tokenHex + " 00 31 00");
        DecodeException e = assertThrows(DecodeException.class, () -> decodeExactFrame(REGISTRY, frame));
        assertEquals("AuthRequest.unused", e.path());
    }

    // 01 §1.5 decode rule 1: a string starting at the end of the frame reads as "".
    @Test
    void authRequestWithoutClientIdReadsEmpty() {
        byte[] frame = hex("0D 00 E8 03 07 00 00 00 41 00 66 00 01");
        assertEquals(new AuthRequest(7, "A", Gender.FEMALE, 1, ""), decodeExactFrame(REGISTRY, frame));
    }

    // 01 §1.8 gender-code codec.
    @ParameterizedTest
    @CsvSource({"m,MALE", "M,MALE", "1,MALE", "f,FEMALE", "F,FEMALE", "0,FEMALE", "x,ANY", "male,ANY", "2,ANY"})
    void genderCodes(String code, Gender expected) {
        assertEquals(expected, GenderCode.parse(code));
        byte[] frame = frame(REGISTRY, new AuthRequest(0, "t", Gender.ANY, 1, "c"));
        assertEquals(Gender.ANY, ((AuthRequest) decodeExactFrame(REGISTRY, frame)).gender());
        String genderHex = hex(code.getBytes(StandardCharsets.US_ASCII));
        int length = 4 + 4 + 2 + code.length() + 1 + 1 + 2;
        byte[] custom = hex(String.format("%02X 00 E8 03 00 00 00 00 74 00 %s 00 01 63 00", length, genderHex));
        assertEquals(expected, ((AuthRequest) decodeExactFrame(REGISTRY, custom)).gender());
    }

    @Test
    void emptyGenderCodeIsAny() {
        assertEquals(Gender.ANY, GenderCode.parse(""));
        final byte[] frame = hex("0D 00 E8 03 00 00 00 00 74 00 00 01 00");
        assertEquals(Gender.ANY, ((AuthRequest) decodeExactFrame(REGISTRY, frame)).gender());
    }

    // 01 §4.2: success, FreeMusic on, no starter pass (19 bytes).
    @Test
    void authResponseSuccessWithoutStarterPass() {
        AuthResponse r = AuthResponse.success(AuthResponse.PassInfo.of(1, Duration.ZERO, null));
        assertEquals(new AuthResponse(0, new AuthResponse.PassInfo(1, "", 0, false, null)), r);
        assertWire(REGISTRY, r, "13 00 E9 03 00 00 00 00 01 00 00 00 00 00 00 00 00 00 00");
    }

    // 01 §4.2: success, FreeMusic on, starter pass with 1 day 0.5 s left (38 bytes).
    @Test
    void authResponseSuccessWithStarterPass() {
        AuthResponse r = AuthResponse.success(
                AuthResponse.PassInfo.of(1, Duration.ZERO, Duration.ofDays(1).plusMillis(500)));
        assertEquals("1.00:00:00.5000000", r.passInfo().starterPassText());
        assertWire(
                REGISTRY,
                r,
                "26 00 E9 03 00 00 00 00 01 00 00 00 00 00 00 00 00 01 00 31 2E 30 30 3A 30 30 3A"
                        + " 30 30 2E 35 30 30 30 30 30 30 00");
    }

    // 01 §4.2 failure frames; 01 §1.10: the generic "not authorized" payload E9 03 FF FF FF FF.
    @Test
    void authResponseFailures() {
        assertWire(REGISTRY, AuthResponse.INVALID, "08 00 E9 03 FF FF FF FF");
        assertWire(REGISTRY, AuthResponse.failure(AuthResponse.ALREADY_CONNECTED), "08 00 E9 03 FE FF FF FF");
        assertWire(REGISTRY, AuthResponse.failure(AuthResponse.DATABASE_ERROR), "08 00 E9 03 9B FF FF FF");
    }

    @Test
    void authResponseShapeIsEnforced() {
        assertThrows(IllegalArgumentException.class, () -> new AuthResponse(0, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuthResponse(-1, new AuthResponse.PassInfo(1, "", 0, false, null)));
        assertThrows(IllegalArgumentException.class, () -> new AuthResponse.PassInfo(1, "", 0, true, null));
        assertThrows(IllegalArgumentException.class, () -> new AuthResponse.PassInfo(1, "", 0, false, "x"));
    }

    // 01 §4.2 / §1.8: free pass seconds and text from a duration.
    @Test
    void freePassFromDuration() {
        AuthResponse.PassInfo i =
                AuthResponse.PassInfo.of(8, Duration.ofMinutes(90).plusMillis(999), null);
        assertEquals("01:30:00.9990000", i.freePassText());
        assertEquals(5400, i.freePassSeconds());
        AuthResponse.PassInfo negative =
                AuthResponse.PassInfo.of(8, Duration.ofMinutes(-90).minusMillis(500), null);
        assertEquals("-01:30:00.5000000", negative.freePassText());
        assertEquals(-5400, negative.freePassSeconds());
    }

    // 01 §4.3: 55-byte frame 37 00 F0 03 00 00 00 + 32 + 16 random bytes.
    @Test
    void sessionKeysResponse() {
        SessionKeysResponse r = SessionKeysResponse.random(new SplittableRandom(42));
        byte[] frame = frame(REGISTRY, r);
        assertEquals(55, frame.length);
        assertArrayEquals(hex("37 00 F0 03 00 00 00"), java.util.Arrays.copyOf(frame, 7));
        assertArrayEquals(r.primaryKey(), java.util.Arrays.copyOfRange(frame, 7, 39));
        assertArrayEquals(r.secondaryKey(), java.util.Arrays.copyOfRange(frame, 39, 55));
        assertEquals(r, decodeExactFrame(REGISTRY, frame));
        assertWire(REGISTRY, SessionKeysRequest.INSTANCE, "04 00 EF 03");
    }

    // 01 §4.4, §4.5, §4.6, §4.11: bare opcodes.
    @Test
    void bareFrames() {
        assertWire(REGISTRY, TerminateRequest.INSTANCE, "04 00 F0 FF");
        assertWire(REGISTRY, LegacyPing.INSTANCE, "04 00 70 17");
        assertWire(REGISTRY, Ping.INSTANCE, "04 00 71 17");
        assertWire(REGISTRY, ForceReauthorizeResponse.INSTANCE, "04 00 33 00");
        assertWire(REGISTRY, MultiSessionErrorResponse.INSTANCE, "04 00 34 00");
        assertWire(REGISTRY, GetChannelListRequest.INSTANCE, "04 00 EA 03");
        assertWire(REGISTRY, ChannelLogoutRequest.INSTANCE, "04 00 E5 07");
    }

    // 01 §1.3: extra bytes after a bare request are ignored.
    @Test
    void bareRequestWithExtraBytesDecodes() {
        assertEquals(LegacyPing.INSTANCE, REGISTRY.decode(io.netty.buffer.Unpooled.wrappedBuffer(hex("70 17 01 02"))));
    }

    // 01 §4.7: one channel id 0, capacity 100, 3 users, Gateway:Id 0.
    @Test
    void channelList() {
        assertWire(
                REGISTRY,
                new ChannelListResponse(List.of(new ChannelListResponse.Entry(0, 0, 100, 3, true))),
                "15 00 EB 03 01 00 00 00 00 00 00 00 64 00 00 00 03 00 00 00 01");
        assertWire(REGISTRY, new ChannelListResponse(List.of()), "08 00 EB 03 00 00 00 00");
    }

    // 01 §4.8: server 0, channel 2.
    @Test
    void channelLoginRequest() {
        assertWire(REGISTRY, new ChannelLoginRequest((short) 0, (short) 2), "08 00 EC 03 00 00 02 00");
    }

    // 01 §4.9: success and failure frames.
    @Test
    void channelLoginResponse() {
        assertWire(REGISTRY, ChannelLoginResponse.success(), "0C 00 ED 03 00 00 00 00 00 00 00 00");
        assertWire(
                REGISTRY,
                ChannelLoginResponse.failure(ChannelLoginResponse.CHANNEL_UNAVAILABLE),
                "08 00 ED 03 07 00 00 00");
        assertThrows(IllegalArgumentException.class, () -> new ChannelLoginResponse(0, null));
        assertThrows(IllegalArgumentException.class, () -> new ChannelLoginResponse(7, false));
    }

    // 01 §4.10.
    @Test
    void channelLogoutResponse() {
        assertWire(REGISTRY, ChannelLogoutResponse.INSTANCE, "08 00 E6 07 00 00 00 00");
    }
}
