package io.mozart.server.protocol.lobby;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeExactFrame;
import static io.mozart.server.protocol.ProtocolFrames.frame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.common.EquipBlock;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hex example of spec 02 (§5.2, §7) for lobby records, plus the repeated ones of 03 and 04. */
class LobbyWireExamplesTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(LobbyPackets::register);

    // 02 §7: RoomCreated room 1, title "abc", FiveKeys, no password, levels 0/0, not premium, type 0.
    @Test
    void roomCreated() {
        assertWire(
                REGISTRY,
                new RoomCreatedNotice(1, "abc", 1, false, 0, 0, false, 0),
                "13 00 D5 07 01 00 00 00 61 62 63 00 01 00 00 00 00 00 00");
    }

    // 02 §7: the RoomParameterChanged that follows it: music 100, EX, x1.0.
    @Test
    void roomParameterChanged() {
        assertWire(REGISTRY, new RoomParameterChangedNotice(1, 100, 0, 1), "0C 00 E7 07 01 00 00 00 64 00 00 01");
    }

    // 02 §7: the RoomSkillChanged that follows it: no skills.
    @Test
    void roomSkillChanged() {
        assertWire(REGISTRY, new RoomSkillChangedNotice(1, List.of()), "0C 00 E9 07 01 00 00 00 00 00 00 00");
    }

    // 02 §7: RoomRemoved room 3.
    @Test
    void roomRemoved() {
        assertWire(REGISTRY, new RoomRemovedNotice(3), "08 00 D7 07 03 00 00 00");
    }

    // 02 §7 / §5.4: CreateRoom response, success room 0 not premium; channel full.
    @Test
    void createRoomResponse() {
        assertWire(REGISTRY, CreateRoomResponse.success(0, false), "0E 00 D6 07 00 00 00 00 00 00 00 00 00 00");
        assertWire(REGISTRY, CreateRoomResponse.FULL, "08 00 D6 07 01 00 00 00");
        assertThrows(IllegalArgumentException.class, () -> new CreateRoomResponse(0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new CreateRoomResponse(1, 1, false));
    }

    // 02 §7 / §5.5: JoinRoom response, wrong password; full.
    @Test
    void joinRoomFailures() {
        assertWire(REGISTRY, JoinRoomResponse.failure(JoinRoomResponse.INVALID_PASSWORD), "08 00 BB 0B FD FF FF FF");
        assertWire(REGISTRY, JoinRoomResponse.failure(JoinRoomResponse.FULL), "08 00 BB 0B FA FF FF FF");
        // Not a spec example: Mozart's answer to a join into a missing room (02 O1), JoinResult GenericError (02 §2).
        assertWire(REGISTRY, JoinRoomResponse.failure(JoinRoomResponse.GENERIC_ERROR), "08 00 BB 0B FF FF FF FF");
    }

    // 02 §5.5 RoomInfo layout, with the §2.2 arena example (seed 5 -> 05 00 00 80); slot 0 locked, 2..7 vacant.
    @Test
    void joinRoomSuccessLayout() {
        List<JoinRoomResponse.SlotInfo> slots = new ArrayList<>();
        slots.add(JoinRoomResponse.SlotInfo.locked(0));
        for (int i = 2; i < 8; i++) {
            slots.add(JoinRoomResponse.SlotInfo.vacant(i));
        }
        JoinRoomResponse r = JoinRoomResponse.success(
                new JoinRoomResponse.RoomInfo(1, 1, "A", 100, 0x80000005, 1, 0, 1, 2, slots, List.of(), false));
        assertWire(
                REGISTRY,
                r,
                "42 00 BB 0B 00 00 00 00 01 01 41 00 64 00 05 00 00 80 01 00 01 02 00 00 00"
                        + " 00 02 00 00 00 02 00 00 00 00 03 00 00 00 00 04 00 00 00 00 05 00 00 00 00 06 00 00 00 00"
                        + " 07 00 00 00 00 00 00 00 00 00 00");
    }

    // 02 §5.5 / 03 §9: an occupied slot carries the member record right after its state.
    @Test
    void joinRoomOccupiedSlot() {
        JoinRoomResponse.MemberInfo master = new JoinRoomResponse.MemberInfo(
                "Bob", 7, 1, 500, true, 0, true, 0, EquipBlock.EMPTY, List.of(0xF064), 20, 1, 0, false);
        List<JoinRoomResponse.SlotInfo> slots = new ArrayList<>();
        slots.add(JoinRoomResponse.SlotInfo.occupied(0, master));
        for (int i = 2; i < 8; i++) {
            slots.add(JoinRoomResponse.SlotInfo.vacant(i));
        }
        JoinRoomResponse r = JoinRoomResponse.success(
                new JoinRoomResponse.RoomInfo(1, 1, "A", 100, 0x80000005, 1, 0, 1, 2, slots, List.of(7001), true));
        byte[] frame = frame(REGISTRY, r);
        String member = "42 6F 62 00 07 00 00 00 01 F4 01 00 00 01 00 01 00 " + "00 00 00 00 ".repeat(16)
                + "01 00 00 00 64 F0 14 00 00 00 01 00 00 00 00 00";
        String expected = "BB 0B 00 00 00 00 01 01 41 00 64 00 05 00 00 80 01 00 01 02 00 00 00 00 01 00 00 00 "
                + member + " 02 00 00 00 00 03 00 00 00 00 04 00 00 00 00 05 00 00 00 00 06 00 00 00 00"
                + " 07 00 00 00 00 01 00 00 00 59 1B 00 00 01 00";
        byte[] payload = ProtocolFrames.hex(expected);
        assertEquals(hex(payload), hex(java.util.Arrays.copyOfRange(frame, 2, frame.length)));
        assertEquals(r, decodeExactFrame(REGISTRY, frame));
        assertThrows(IllegalArgumentException.class, () -> new JoinRoomResponse.SlotInfo(0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new JoinRoomResponse.SlotInfo(0, 2, master));
    }

    // 02 §7: RoomUserCountChanged room 2, capacity 7, 3 users; 03 §8: room 5, capacity 7, 2 users.
    @Test
    void roomUserCountChanged() {
        assertWire(
                REGISTRY, new RoomUserCountChangedNotice(2, 7, 3, false, 0), "0D 00 D9 07 02 00 00 00 07 03 00 00 00");
        assertWire(
                REGISTRY, new RoomUserCountChangedNotice(5, 7, 2, false, 0), "0D 00 D9 07 05 00 00 00 07 02 00 00 00");
    }

    // 02 §7: RoomStateChanged room 2 -> Playing.
    @Test
    void roomStateChanged() {
        assertWire(REGISTRY, new RoomStateChangedNotice(2, 2), "09 00 E4 07 02 00 00 00 02");
    }

    // 02 §7: RoomTitleChanged room 2 -> "Hi".
    @Test
    void roomTitleChanged() {
        assertWire(REGISTRY, new RoomTitleChangedNotice(2, "Hi"), "0B 00 D8 07 02 00 00 00 48 69 00");
    }

    // 02 §7: MusicPremiumTimeList, one music 100 expiring 31/12/2026 23:59.
    @Test
    void musicPremiumTimeList() {
        MusicPremiumTimeListNotice n = new MusicPremiumTimeListNotice(
                List.of(MusicPremiumEntry.expiringAt(100, LocalDateTime.of(2026, 12, 31, 23, 59))));
        assertWire(REGISTRY, n, "0F 00 EA 07 01 00 00 00 64 00 1F 0C 1A 17 3B");
        assertEquals(new MusicPremiumEntry(100, 0, 0, 0, 0, 0), MusicPremiumEntry.unlimited(100));
    }

    // 04 MusicLoaded: frame 06 00 AD 0F 03 01.
    @Test
    void musicLoaded() {
        assertWire(REGISTRY, new MusicLoadedNotice(3, 1), "06 00 AD 0F 03 01");
    }

    // 02 §5.2: the two kinds of empty room-list entries (23 bytes each) and the 2308-byte all-empty list.
    @Test
    void roomListEmptyEntries() {
        RoomListResponse empty = new RoomListResponse(Collections.nCopies(100, RoomListResponse.RoomEntry.EMPTY));
        byte[] frame = frame(REGISTRY, empty);
        assertEquals(2308, frame.length);
        String emptyEntry = "00 00 00 00 00 00 00 00 00 00 03 01 00 00 00 00 00 00 00 00 00 00 00";
        assertEquals("04 09 D3 07 64 00 00 00 " + (emptyEntry + " ").repeat(99) + emptyEntry, hex(frame));
        assertEquals(empty, decodeExactFrame(REGISTRY, frame));

        List<RoomListResponse.RoomEntry> mixed =
                new ArrayList<>(Collections.nCopies(99, RoomListResponse.RoomEntry.EMPTY));
        mixed.add(RoomListResponse.RoomEntry.FILLER);
        byte[] mixedFrame = frame(REGISTRY, new RoomListResponse(mixed));
        String filler = "00 00 00 00 00 00 00 00 00 00 00 01 08 00 00 00 00 00 00 00 00 00 00";
        assertEquals(filler, hex(java.util.Arrays.copyOfRange(mixedFrame, mixedFrame.length - 23, mixedFrame.length)));
        assertThrows(IllegalArgumentException.class, () -> new RoomListResponse(List.of()));
    }

    // 02 §5.2: the room-list title is a cstr(21): at most 20 content bytes on the wire.
    @Test
    void roomListTitleIsCut() {
        RoomListResponse.RoomEntry longTitle = new RoomListResponse.RoomEntry(
                0, 1, "abcdefghijklmnopqrstuvwxyz", false, 0, 0, 0, 1, 8, 1, 0, 0, List.of(), false, 0);
        List<RoomListResponse.RoomEntry> rooms =
                new ArrayList<>(Collections.nCopies(100, RoomListResponse.RoomEntry.EMPTY));
        rooms.set(0, longTitle);
        RoomListResponse decoded =
                (RoomListResponse) decodeExactFrame(REGISTRY, frame(REGISTRY, new RoomListResponse(rooms)));
        assertEquals("abcdefghijklmnopqrst", decoded.rooms().get(0).title());
    }

    // 02 §4 size check: a new female user "abc" with nothing, level 1, 30 bag slots -> frame length 266 (0x010A).
    @Test
    void characterInfoSize() {
        CharacterInfoResponse c = new CharacterInfoResponse(
                false,
                "abc",
                0,
                0,
                0,
                0,
                1,
                0,
                0,
                0,
                0,
                0,
                false,
                EquipBlock.EMPTY,
                Collections.nCopies(30, 0),
                0,
                List.of(),
                List.of(),
                0,
                0,
                0,
                List.of(),
                (short) 0,
                (short) 0);
        byte[] frame = frame(REGISTRY, c);
        assertEquals(266, frame.length);
        assertEquals("0A 01 D1 07", hex(java.util.Arrays.copyOf(frame, 4)));
        assertEquals(c, decodeExactFrame(REGISTRY, frame));
    }

    // 02 §5.4: CreateRoom request; the cstr(22) title and cstr(12) password limits on decode.
    @Test
    void createRoomRequest() {
        assertWire(
                REGISTRY,
                new CreateRoomRequest("abc", 1, true, "pw", 1, 99, true),
                "11 00 D4 07 61 62 63 00 01 01 70 77 00 01 63 01 00");
        assertEquals("", new CreateRoomRequest("abc", 1, false, "pw", 0, 0, false).effectivePassword());
    }

    // 02 §5.5: JoinWaiting request; an empty password is a single 0x00.
    @Test
    void joinWaitingRequest() {
        assertWire(REGISTRY, new JoinWaitingRequest(4, 1, ""), "0A 00 BA 0B 04 00 00 00 01 00");
    }

    // 02 §5.7: SendMusicList with the flag nibble kept verbatim (0xF064 = music 100).
    @Test
    void sendMusicList() {
        assertWire(REGISTRY, new SendMusicListRequest(List.of(0xF064, 0x0001)), "0C 00 E8 07 02 00 00 00 64 F0 01 00");
    }

    // 02 §5.9: ReadGiftMessage and the gift message list.
    @Test
    void giftMessages() {
        assertWire(REGISTRY, new ReadGiftMessageRequest(9), "08 00 9B 13 09 00 00 00");
        assertWire(REGISTRY, GetGiftMessageListRequest.INSTANCE, "04 00 99 13");
        assertWire(
                REGISTRY,
                new GiftMessageListResponse(
                        false, List.of(new GiftMessageListResponse.GiftEntry(5, 1, "4/6/2026", "GM", "T", "C"))),
                "1F 00 9A 13 00 00 00 00 01 00 05 00 00 00 01 34 2F 36 2F 32 30 32 36 00 47 4D 00 54 00 43 00");
    }

    // 02 §5.8: MusicList, one entry of 16 bytes.
    @Test
    void musicList() {
        assertWire(
                REGISTRY,
                new MusicListResponse(List.of(new MusicListResponse.MusicInfo(100, 300, 500, 900, 0, 40))),
                "16 00 BF 0F 01 00 64 00 2C 01 F4 01 84 03 00 00 00 00 28 00 00 00");
    }
}
