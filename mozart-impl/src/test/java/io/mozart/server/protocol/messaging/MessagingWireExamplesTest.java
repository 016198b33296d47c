package io.mozart.server.protocol.messaging;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeExactFrame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import org.junit.jupiter.api.Test;

/** Every messaging hex example of spec 02 §7 and 03 §5.4. */
class MessagingWireExamplesTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(MessagingPackets::register);

    // 02 §7: MainRoomUserMessage from "abc", client content hello\0.
    @Test
    void mainRoomUserMessage() {
        assertWire(
                REGISTRY,
                new MainRoomUserMessageResponse("abc", hex("68 65 6C 6C 6F 00")),
                "0E 00 DD 07 61 62 63 00 68 65 6C 6C 6F 00");
        assertWire(
                REGISTRY,
                new MainRoomAdminMessageResponse("abc", hex("68 65 6C 6C 6F 00")),
                "0E 00 DE 07 61 62 63 00 68 65 6C 6C 6F 00");
    }

    // 02 §5.10: the chat request's content is every byte after the opcode, verbatim.
    @Test
    void sendMainRoomMessage() {
        assertWire(REGISTRY, new SendMainRoomMessageRequest(hex("68 65 6C 6C 6F 00")), "0A 00 DC 07 68 65 6C 6C 6F 00");
        assertWire(REGISTRY, new SendWaitingMessageRequest(hex("68 69 00")), "07 00 C3 0B 68 69 00");
    }

    // 02 §7: ReceiveWhisper from "abc": "hi".
    @Test
    void receiveWhisper() {
        assertWire(REGISTRY, new ReceiveWhisperNotice("abc", "hi"), "0B 00 E3 07 61 62 63 00 68 69 00");
        assertWire(REGISTRY, new SendWhisperRequest("bob", "hi"), "0B 00 E1 07 62 6F 62 00 68 69 00");
    }

    // 02 §7: SendWhisper response, delivered to "bob": "hi"; "bob" not online.
    @Test
    void sendWhisperResponse() {
        assertWire(
                REGISTRY, SendWhisperResponse.delivered("bob", "hi"), "0F 00 E2 07 00 00 00 00 62 6F 62 00 68 69 00");
        assertWire(REGISTRY, SendWhisperResponse.notOnline("bob"), "0C 00 E2 07 01 00 00 00 62 6F 62 00");
        assertThrows(IllegalArgumentException.class, () -> new SendWhisperResponse(false, "bob", null));
        assertThrows(IllegalArgumentException.class, () -> new SendWhisperResponse(true, "bob", "hi"));
    }

    // 03 §5.4: WaitingUserMessage, nickname "Bob", content 68 69 00, slot 1.
    @Test
    void waitingUserMessage() {
        assertWire(
                REGISTRY,
                new WaitingUserMessageResponse("Bob", hex("68 69 00"), 1),
                "0C 00 C4 0B 42 6F 62 00 68 69 00 01");
        assertWire(
                REGISTRY, new WaitingAdminMessageResponse("Bob", hex("68 69 00")), "0B 00 C5 0B 42 6F 62 00 68 69 00");
        assertThrows(DecodeException.class, () -> decodeExactFrame(REGISTRY, hex("08 00 C4 0B 42 6F 62 00")));
    }

    // 02 §5.10: Announce / Announcement.
    @Test
    void announce() {
        assertWire(REGISTRY, new AnnounceRequest("hi"), "07 00 DF 07 68 69 00");
        assertWire(REGISTRY, new AnnouncementResponse("hi"), "07 00 E0 07 68 69 00");
    }

    @Test
    void byteContentComparesByValue() {
        assertEquals(new SendMainRoomMessageRequest(hex("01 02")), new SendMainRoomMessageRequest(hex("01 02")));
        assertEquals(
                new SendMainRoomMessageRequest(hex("01 02")).hashCode(),
                new SendMainRoomMessageRequest(hex("01 02")).hashCode());
    }
}
