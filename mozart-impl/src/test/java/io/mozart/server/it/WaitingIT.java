package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.client.Bot;
import io.mozart.server.game.RoomState;
import io.mozart.server.protocol.lobby.RoomParameterChangedNotice;
import io.mozart.server.protocol.lobby.RoomRemovedNotice;
import io.mozart.server.protocol.lobby.RoomSkillChangedNotice;
import io.mozart.server.protocol.lobby.RoomTitleChangedNotice;
import io.mozart.server.protocol.lobby.RoomUserCountChangedNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.waiting.AcquireMusicNotice;
import io.mozart.server.protocol.waiting.AcquireMusicRequest;
import io.mozart.server.protocol.waiting.DownloadProgressChangedNotice;
import io.mozart.server.protocol.waiting.KickNotice;
import io.mozart.server.protocol.waiting.MusicStateChangedNotice;
import io.mozart.server.protocol.waiting.RoomArenaChangedNotice;
import io.mozart.server.protocol.waiting.RoomSlotUpdateNotice;
import io.mozart.server.protocol.waiting.SetDownloadProgressRequest;
import io.mozart.server.protocol.waiting.SetRoomArenaRequest;
import io.mozart.server.protocol.waiting.SetRoomSkillRequest;
import io.mozart.server.protocol.waiting.SetRoomTitleRequest;
import io.mozart.server.protocol.waiting.SyncMemberMusicStateNotice;
import io.mozart.server.protocol.waiting.SyncMemberMusicStateRequest;
import io.mozart.server.protocol.waiting.SyncMusicDownloadRequest;
import io.mozart.server.protocol.waiting.UpdateMusicStateRequest;
import io.mozart.server.protocol.waiting.UpdateSlotRequest;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import io.mozart.server.protocol.waiting.UserReadyStateChangedNotice;
import io.mozart.server.protocol.waiting.UserTeamChangedNotice;
import io.mozart.server.protocol.waiting.WaitingMusicChangedNotice;
import io.mozart.server.protocol.waiting.WaitingSkillChangedNotice;
import io.mozart.server.protocol.waiting.WaitingTitleChangedNotice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waiting-room requests over real sockets (spec 03). */
class WaitingIT {

    @Test
    void settingsReachTheRoomAndTheLobby() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "set", 2);
                Bot lobby = server.lobbyBot("outside")) {
            lobby.sync();
            Bot m = t.master();
            Bot p = t.bots().get(1);
            m.send(new SetRoomTitleRequest("new title"));
            assertEquals(new WaitingTitleChangedNotice("new title"), p.await(WaitingTitleChangedNotice.class));
            assertEquals(
                    new RoomTitleChangedNotice(t.number(), "new title"), lobby.await(RoomTitleChangedNotice.class));
            m.music(1, 2, 3);
            assertEquals(new WaitingMusicChangedNotice(1, 2, 3), p.await(WaitingMusicChangedNotice.class));
            assertEquals(
                    new RoomParameterChangedNotice(t.number(), 1, 2, 3), lobby.await(RoomParameterChangedNotice.class));
            m.send(new SetRoomArenaRequest(0x80000011));
            assertEquals(new RoomArenaChangedNotice(0x80000011), p.await(RoomArenaChangedNotice.class));
            m.send(new SetRoomSkillRequest(List.of(503, 0, 7)));
            assertEquals(new WaitingSkillChangedNotice(List.of(503, 7)), p.await(WaitingSkillChangedNotice.class));
            assertEquals(
                    new RoomSkillChangedNotice(t.number(), List.of(503, 7)), lobby.await(RoomSkillChangedNotice.class));
            p.team(5);
            assertEquals(new UserTeamChangedNotice(1, 5), m.await(UserTeamChangedNotice.class));
            p.ready();
            assertEquals(new UserReadyStateChangedNotice(1, false), m.await(UserReadyStateChangedNotice.class));
            // Not the master: settings requests are dropped.
            p.send(new SetRoomTitleRequest("hijack"));
            p.sync();
            assertTrue(m.sync().stream().noneMatch(o -> o instanceof WaitingTitleChangedNotice));
        }
    }

    @Test
    void musicStatesAcquireMusicAndDownloads() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "mus", 2)) {
            Bot m = t.master();
            Bot p = t.bots().get(1);
            p.send(new UpdateMusicStateRequest(1));
            assertEquals(new MusicStateChangedNotice(1, 0, 1), m.await(MusicStateChangedNotice.class));
            p.send(new UpdateMusicStateRequest(2));
            assertEquals(
                    new MusicStateChangedNotice(1, 0, 0),
                    m.await(MusicStateChangedNotice.class),
                    "free music turns NoAccess into Ready");
            p.send(new UpdateMusicStateRequest(1));
            p.sync();
            m.sync();
            m.send(new AcquireMusicRequest(List.of(1, 0)));
            assertEquals(
                    new AcquireMusicNotice(
                            List.of(new AcquireMusicNotice.Entry(0, 0), new AcquireMusicNotice.Entry(1, 4))),
                    p.await(AcquireMusicNotice.class));
            m.send(new SyncMemberMusicStateRequest(1));
            assertEquals(new SyncMemberMusicStateNotice(1, 1), m.await(SyncMemberMusicStateNotice.class));
            // StartGame with a member lacking the music: AcquireMusic to the room, None to the master.
            t.drainAll();
            m.send(io.mozart.server.protocol.playing.StartGameRequest.INSTANCE);
            assertEquals(
                    new AcquireMusicNotice(
                            List.of(new AcquireMusicNotice.Entry(0, 0), new AcquireMusicNotice.Entry(1, 4))),
                    m.expect(AcquireMusicNotice.class));
            assertEquals(
                    StartResult.NONE.wire(), m.expect(StartGameNotice.class).result());
            p.send(new SetDownloadProgressRequest(100, 1));
            assertEquals(new DownloadProgressChangedNotice(100, 1), m.await(DownloadProgressChangedNotice.class));
            assertEquals(StartResult.SUCCESS.wire(), m.startGame().result());
        }
    }

    @Test
    void syncMusicDownloadSendsTwoStateChanges() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "sync", 2)) {
            t.bots().get(1).send(new SyncMusicDownloadRequest(1));
            assertEquals(new MusicStateChangedNotice(1, 0, 0), t.master().expect(MusicStateChangedNotice.class));
            assertEquals(new MusicStateChangedNotice(1, 0, 0), t.master().expect(MusicStateChangedNotice.class));
        }
    }

    @Test
    void lockUnlockAndKick() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "slot", 2);
                Bot lobby = server.lobbyBot("looker")) {
            lobby.sync();
            Bot m = t.master();
            Bot p = t.bots().get(1);
            m.send(new UpdateSlotRequest(3));
            assertEquals(new RoomSlotUpdateNotice(3, 2), p.await(RoomSlotUpdateNotice.class));
            assertEquals(7, lobby.await(RoomUserCountChangedNotice.class).capacity());
            m.send(new UpdateSlotRequest(3));
            assertEquals(new RoomSlotUpdateNotice(3, 0), p.await(RoomSlotUpdateNotice.class));
            m.sync();
            lobby.sync();
            // The master cannot kick itself (the reference leaves a masterless room).
            m.send(new UpdateSlotRequest(0));
            m.sync();
            assertTrue(p.sync().isEmpty());
            m.send(new UpdateSlotRequest(1));
            p.expect(KickNotice.class);
            assertEquals(new RoomSlotUpdateNotice(1, 3), m.await(RoomSlotUpdateNotice.class));
            RoomUserCountChangedNotice count = p.await(RoomUserCountChangedNotice.class);
            assertEquals(1, count.userCount(), "the kicked player is told the lobby count like everyone outside");
            assertEquals(1, lobby.await(RoomUserCountChangedNotice.class).userCount());
            assertNull(server.server()
                    .world()
                    .channel(0)
                    .call(h -> server.server().world().channel(0).players().stream()
                            .filter(pl -> pl.nickname().equals("slot1"))
                            .findFirst()
                            .orElseThrow()
                            .room()));
        }
    }

    @Test
    void exitHandsMastershipOverAndTheLastLeaverRemovesTheRoom() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "exit", 2)) {
            Bot m = t.master();
            Bot p = t.bots().get(1);
            m.exitRoom(0);
            assertEquals(new UserLeaveWaitingNotice(0, 1, false), p.await(UserLeaveWaitingNotice.class));
            assertTrue(server.server()
                    .world()
                    .channel(0)
                    .<Boolean>call(h -> t.room().isMaster(t.room().slot(1).player())));
            assertEquals(StartResult.SUCCESS.wire(), p.startGame().result(), "the new master is ready and may start");
            p.exitRoom(0);
            assertEquals(new RoomRemovedNotice(t.number()), m.await(RoomRemovedNotice.class));
            assertEquals(
                    0,
                    server.storage()
                            .penalties()
                            .find(t.profile("exit0").id())
                            .map(io.mozart.api.storage.Penalty::count)
                            .orElse(0));
        }
    }

    @Test
    void aPenalizedExitIsStored() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "pen", 2)) {
            t.bots().get(1).exitRoom(1);
            assertEquals(
                    1,
                    server.storage()
                            .penalties()
                            .find(t.profile("pen1").id())
                            .orElseThrow()
                            .count());
            assertEquals(RoomState.WAITING, t.room().state());
        }
    }
}
