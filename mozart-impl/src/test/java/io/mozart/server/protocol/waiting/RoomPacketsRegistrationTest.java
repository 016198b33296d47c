package io.mozart.server.protocol.waiting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.Opcodes;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.playing.PlayingArbitraries;
import io.mozart.server.protocol.playing.PlayingPackets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every record class of the waiting and playing areas is registered, has an arbitrary, and the expected
 * opcodes are bound (spec 03 §1, 04 §1).
 */
class RoomPacketsRegistrationTest {

    private static PacketRegistry registry() {
        return ProtocolFrames.registry(WaitingPackets::register, PlayingPackets::register);
    }

    @Test
    void everyWaitingRecordIsRegisteredAndHasAnArbitrary() {
        check(ProtocolFrames.packageRecords(WaitingPackets.class), WaitingArbitraries.all());
    }

    @Test
    void everyPlayingRecordIsRegisteredAndHasAnArbitrary() {
        Set<Class<?>> records = ProtocolFrames.packageRecords(PlayingPackets.class);
        // ScoreEntry is a nested structure of the result notices, not a packet.
        records.remove(io.mozart.server.protocol.playing.ScoreEntry.class);
        check(records, PlayingArbitraries.all());
    }

    private static void check(Set<Class<?>> records, Map<Class<?>, ?> arbitraries) {
        PacketRegistry registry = registry();
        assertTrue(records.size() > 10, "found records: " + records);
        Set<String> missing = new TreeSet<>();
        for (Class<?> c : records) {
            if (!registry.contains(c)) {
                missing.add("unregistered " + c.getSimpleName());
            }
            if (!arbitraries.containsKey(c)) {
                missing.add("no arbitrary for " + c.getSimpleName());
            }
        }
        assertEquals(Set.of(), missing);
        assertEquals(records, arbitraries.keySet());
    }

    @Test
    void opcodesAreTheSpecs() {
        PacketRegistry r = registry();
        assertEquals(45, r.types().size());
        Object[][] expected = {
            {0x0BB8, SetRoomTitleRequest.class},
            {0x0BB9, WaitingTitleChangedNotice.class},
            {0x0BBD, ExitWaitingRequest.class},
            {0x0BBE, ExitWaitingResponse.class},
            {0x0BBF, UserLeaveWaitingNotice.class},
            {0x0BC0, UpdateSlotRequest.class},
            {0x0BC1, RoomSlotUpdateNotice.class},
            {0x0BC2, KickNotice.class},
            {0x0BC6, RoomForceRemovedNotice.class},
            {0x0FA0, SetRoomMusicRequest.class},
            {0x0FA1, WaitingMusicChangedNotice.class},
            {0x0FA2, SetRoomArenaRequest.class},
            {0x0FA3, RoomArenaChangedNotice.class},
            {0x0FA4, SetRoomTeamRequest.class},
            {0x0FA5, UserTeamChangedNotice.class},
            {0x0FA6, SetInstrumentRequest.class},
            {0x0FA7, UserInstrumentChangedNotice.class},
            {0x0FA8, ReadyRequest.class},
            {0x0FA9, UserReadyStateChangedNotice.class},
            {0x0FB7, SetRoomSkillRequest.class},
            {0x0FB8, WaitingSkillChangedNotice.class},
            {0x0FB9, UpdateMusicStateRequest.class},
            {0x0FBA, MusicStateChangedNotice.class},
            {0x0FBB, SetRoomAlbumRequest.class},
            {0x0FBC, WaitingAlbumChangedNotice.class},
            {0x0FC2, AcquireMusicRequest.class},
            {0x0FC3, AcquireMusicNotice.class},
            {0x0FC4, SyncMemberMusicStateRequest.class},
            {0x0FC5, SyncMemberMusicStateNotice.class},
            {0x0FC6, SetDownloadProgressRequest.class},
            {0x0FC7, DownloadProgressChangedNotice.class},
            {0x1394, SyncMusicDownloadRequest.class},
            {0x0FAA, io.mozart.server.protocol.playing.StartGameRequest.class},
            {0x0FAB, io.mozart.server.protocol.playing.StartGameNotice.class},
            {0x0FAC, io.mozart.server.protocol.playing.ConfirmMusicLoadedRequest.class},
            {0x0FAE, io.mozart.server.protocol.playing.UpdateGameStatsRequest.class},
            {0x0FAF, io.mozart.server.protocol.playing.GameStatsUpdateNotice.class},
            {0x0FB0, io.mozart.server.protocol.playing.SubmitScoreRequest.class},
            {0x0FB1, io.mozart.server.protocol.playing.ScoreSubmissionNotice.class},
            {0x0FB2, io.mozart.server.protocol.playing.ScoreCompletedNotice.class},
            {0x0FB5, io.mozart.server.protocol.playing.ExitPlayingRequest.class},
            {0x0FB6, io.mozart.server.protocol.playing.UserLeaveGameNotice.class},
            {0x0FBD, io.mozart.server.protocol.playing.AlbumScoreCompletedNotice.class},
            {0x0FC8, io.mozart.server.protocol.playing.GameRankUpdateNotice.class},
            {0x0FC9, io.mozart.server.protocol.playing.FinalizeRankRequest.class},
        };
        assertEquals(45, expected.length);
        for (Object[] row : expected) {
            PacketType<?> t = r.byOpcode((Integer) row[0]);
            assertNotNull(t, PacketType.hex((Integer) row[0]));
            assertEquals(row[1], t.type(), PacketType.hex((Integer) row[0]));
        }
        // the lobby helper owns MusicLoaded; a clash would be caught at start-up
        assertEquals(null, r.byOpcode(Opcodes.Notice.MUSIC_LOADED));
    }

    @Test
    void registeringTwiceFailsOnTheFirstDuplicate() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        WaitingPackets.register(b);
        assertThrows(IllegalStateException.class, () -> WaitingPackets.register(b));
    }
}
