package io.mozart.server.protocol.waiting;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeFrame;
import static io.mozart.server.protocol.ProtocolFrames.frame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.playing.PlayingPackets;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hex example of spec 03 that belongs to this area, byte-exact in both directions, plus decode quirks. */
class WaitingWireExamplesTest {

    private static final PacketRegistry REGISTRY =
            ProtocolFrames.registry(WaitingPackets::register, PlayingPackets::register);

    private static void both(String expectedHex, Object packet) {
        assertWire(REGISTRY, packet, expectedHex);
    }

    private static Object decode(String frameHex) {
        return decodeFrame(REGISTRY, hex(frameHex));
    }

    // --- spec 03 examples ---

    @Test
    void waitingTitleChanged() {
        // 03 §5.1 WaitingTitleChanged, example ("abc")
        both("08 00 B9 0B 61 62 63 00", new WaitingTitleChangedNotice("abc"));
    }

    @Test
    void exitWaitingResponse() {
        // 03 §5.2 ExitWaitingResponse, example
        both("08 00 BE 0B 00 00 00 00", ExitWaitingResponse.OK);
    }

    @Test
    void userLeaveWaiting() {
        // 03 §5.2 UserLeaveWaiting, example (slot 1 left, master slot 0, not premium)
        both("08 00 BF 0B 01 00 00 00", new UserLeaveWaitingNotice(1, 0, false));
    }

    @Test
    void roomSlotUpdate() {
        // 03 §5.3 RoomSlotUpdate, example (slot 3 locked)
        both("06 00 C1 0B 03 02", RoomSlotUpdateNotice.of(3, RoomSlotActionType.SLOT_LOCKED));
    }

    @Test
    void kick() {
        // 03 §5.3 Kick, frame
        both("04 00 C2 0B", KickNotice.INSTANCE);
    }

    @Test
    void roomForceRemoved() {
        // 03 §5.3 RoomForceRemoved, frame
        both("04 00 C6 0B", RoomForceRemovedNotice.INSTANCE);
    }

    @Test
    void waitingMusicChanged() {
        // 03 §5.5 WaitingMusicChanged, example (music 100, HX, X1.0)
        both("08 00 A1 0F 64 00 02 01", new WaitingMusicChangedNotice(100, 2, 1));
    }

    @Test
    void roomArenaChanged() {
        // 03 §5.7 RoomArenaChanged, example (random, seed 0x11)
        RoomArenaChangedNotice n = new RoomArenaChangedNotice(0x80000011);
        both("08 00 A3 0F 11 00 00 80", n);
        assertEquals(true, n.random());
    }

    @Test
    void userTeamChanged() {
        // 03 §5.8 UserTeamChanged, example (slot 1 -> team B)
        both("06 00 A5 0F 01 01", new UserTeamChangedNotice(1, 1));
    }

    @Test
    void ready() {
        // 03 §5.10 Ready, frame "04 00 A8 0F"; any trailing bytes ignored
        both("04 00 A8 0F", ReadyRequest.INSTANCE);
        assertEquals(ReadyRequest.INSTANCE, decode("06 00 A8 0F 01 02"));
    }

    @Test
    void userReadyStateChanged() {
        // 03 §5.10 UserReadyStateChanged, example (slot 2 now ready)
        both("06 00 A9 0F 02 01", new UserReadyStateChangedNotice(2, true));
    }

    @Test
    void waitingSkillChanged() {
        // 03 §5.11 WaitingSkillChanged, examples (one skill, item 503; none)
        both("0C 00 B8 0F 01 00 00 00 F7 01 00 00", new WaitingSkillChangedNotice(List.of(503)));
        both("08 00 B8 0F 00 00 00 00", new WaitingSkillChangedNotice(List.of()));
    }

    @Test
    void musicStateChanged() {
        // 03 §5.12 MusicStateChanged, example (slot 1, None, Downloading)
        both(
                "07 00 BA 0F 01 00 04",
                new MusicStateChangedNotice(1, PlayingState.NONE.wire(), MusicState.DOWNLOADING.wire()));
    }

    @Test
    void syncMusicDownload() {
        // 05 §4 SyncMusicDownload: u16 musicId, no reply of its own; trailing bytes ignored
        both("06 00 94 13 E9 03", new SyncMusicDownloadRequest(1001));
        both("06 00 94 13 FF FF", new SyncMusicDownloadRequest(0xFFFF));
        assertEquals(new SyncMusicDownloadRequest(1), decode("08 00 94 13 01 00 AA BB"));
    }

    @Test
    void acquireMusic() {
        // 03 §5.13 AcquireMusic, example (slot 0 Ready, slot 3 Downloading)
        both(
                "09 00 C3 0F 02 00 00 03 04",
                new AcquireMusicNotice(
                        List.of(new AcquireMusicNotice.Entry(0, 0), new AcquireMusicNotice.Entry(3, 4))));
    }

    @Test
    void startGameFromTheWaitingRoom() {
        // 03 §7 StartGame, examples: success seed 12345; not ready
        both("0C 00 AB 0F 00 00 00 00 39 30 00 00", StartGameNotice.success(12345));
        both("08 00 AB 0F 01 00 00 00", StartGameNotice.failure(StartResult.NOT_READY));
    }

    // --- decode rules of spec 03 §0 and the per-message notes ---

    @Test
    void setRoomTitleKeepsAtMost21BytesAndTheRoomCopyIsCutTo20() {
        // 03 §5.1: decode keeps at most 21 bytes (no terminator consumed when 21 bytes are kept)
        String t21 = "abcdefghijklmnopqrstu";
        SetRoomTitleRequest req = (SetRoomTitleRequest)
                decode("1A 00 B8 0B 61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70 71 72 73 74 75 76");
        assertEquals(t21, req.title());
        // 03 §5.1 oddity: WaitingTitleChanged re-sends it cut to 20 bytes + terminator
        assertEquals(
                "19 00 B9 0B 61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70 71 72 73 74 00",
                hex(frame(REGISTRY, new WaitingTitleChangedNotice(t21))));
        // 03 §0: no bytes left -> empty string
        assertEquals(new SetRoomTitleRequest(""), decode("04 00 B8 0B"));
        // unterminated short string -> decode error
        assertThrows(DecodeException.class, () -> decode("06 00 B8 0B 61 62"));
    }

    @Test
    void exitWaitingNeedsTwoBytes() {
        // 03 §5.2: a 2-byte body is required; other values behave like Normal
        assertThrows(DecodeException.class, () -> decode("05 00 BD 0B 01"));
        assertEquals(ExitType.PENALIZED, ((ExitWaitingRequest) decode("06 00 BD 0B 01 00")).type());
        assertEquals(ExitType.NORMAL, ((ExitWaitingRequest) decode("06 00 BD 0B 07 00")).type());
    }

    @Test
    void setRoomTeamAcceptsOnly0To255() {
        // 03 §5.8: i32 on the wire, must fit 0-255, otherwise decode error
        assertEquals(new SetRoomTeamRequest(255), decode("08 00 A4 0F FF 00 00 00"));
        assertThrows(DecodeException.class, () -> decode("08 00 A4 0F 00 01 00 00"));
        assertThrows(DecodeException.class, () -> decode("08 00 A4 0F FF FF FF FF"));
    }

    @Test
    void setRoomSkillListRules() {
        // 03 §5.11: count 0 yields a single 0
        assertEquals(new SetRoomSkillRequest(List.of(0)), decode("08 00 B7 0F 00 00 00 00"));
        // all declared ids consumed, first 3 kept
        SetRoomSkillRequest r = (SetRoomSkillRequest)
                decode("1C 00 B7 0F 05 00 00 00 01 00 00 00 00 00 00 00 F7 01 00 00 04 00 00 00 05 00 00 00");
        assertEquals(List.of(1, 0, 503), r.skills());
        assertEquals(List.of(1, 503), r.effectiveSkills());
        // negative count -> decode error; fewer ids than declared -> decode error
        assertThrows(DecodeException.class, () -> decode("08 00 B7 0F FF FF FF FF"));
        assertThrows(DecodeException.class, () -> decode("0C 00 B7 0F 02 00 00 00 01 00 00 00"));
    }

    @Test
    void acquireMusicRequestCountIsASignedByte() {
        // 03 §0 quirk: the u8 count is read signed, 128-255 -> decode error
        assertEquals(new AcquireMusicRequest(List.of(0, 0xFF, 3)), decode("08 00 C2 0F 03 00 FF 03"));
        assertThrows(DecodeException.class, () -> decode("05 00 C2 0F 80"));
        assertThrows(DecodeException.class, () -> decode("06 00 C2 0F 02 01"));
    }

    @Test
    void albumChangeIsPublishedAsAMusicChangeCutTo16Bits() {
        // 03 §5.6: WaitingMusicChanged {albumId as u16, current difficulty, speed}
        assertEquals(
                "08 00 A1 0F 34 12 03 05", hex(frame(REGISTRY, WaitingMusicChangedNotice.ofAlbum(0x00051234, 3, 5))));
    }
}
