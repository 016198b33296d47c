package io.mozart.server.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.JoinWaitingRequest;
import io.mozart.server.protocol.lobby.RoomRemovedNotice;
import io.mozart.server.protocol.lobby.RoomUserCountChangedNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartGameRequest;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.waiting.ExitWaitingRequest;
import io.mozart.server.protocol.waiting.ExitWaitingResponse;
import io.mozart.server.protocol.waiting.KickNotice;
import io.mozart.server.protocol.waiting.ReadyRequest;
import io.mozart.server.protocol.waiting.RoomSlotActionType;
import io.mozart.server.protocol.waiting.RoomSlotUpdateNotice;
import io.mozart.server.protocol.waiting.UpdateSlotRequest;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Room lifecycle without sockets (spec 03 §2.3, §2.7, §5.2, §5.3; Mozart's departures W2/L3/W4 in
 * docs/compatibility.md): master hand-over, removal of an emptied room, kick. Requests in, recorded packets out.
 */
class RoomLifecycleTest {

    private static final int ROOM = 0;

    /** What the lobby is told after a leave or kick that leaves {@code users} members (Mozart's W2/L3). */
    private static RoomUserCountChangedNotice count(int users) {
        return new RoomUserCountChangedNotice(ROOM, 8, users, false, 0);
    }

    @Test
    void theMasterLeavingHandsTheRoomToTheLowestSlotWhichBecomesReady() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("hand", 3);
            RecordingSession lobby = h.login("watcher", 0);
            // Slot 2 is ready (table); slot 1 un-readies so that only the hand-over can make it ready again.
            h.send(t.get(1), ReadyRequest.INSTANCE);
            t.forEach(RecordingSession::take);

            h.send(t.get(0), new ExitWaitingRequest(0));

            UserLeaveWaitingNotice left = new UserLeaveWaitingNotice(0, 1, false);
            assertEquals(List.of(left), t.get(1).take());
            assertEquals(List.of(left), t.get(2).take());
            assertEquals(
                    "0800BF0B00010000",
                    t.get(1).sent().get(t.get(1).sent().size() - 1).frame());
            assertEquals(List.of(count(2), ExitWaitingResponse.OK), t.get(0).take(), "the reply comes last");
            assertEquals(List.of(count(2)), lobby.take());

            // The new master starts without having sent Ready: the hand-over made it ready (spec 03 §2.5).
            h.send(t.get(1), StartGameRequest.INSTANCE);
            assertEquals(
                    StartResult.SUCCESS.wire(),
                    t.get(1).takeOne(StartGameNotice.class).result());
            assertEquals(
                    StartResult.SUCCESS.wire(),
                    t.get(2).takeOne(StartGameNotice.class).result());
        }
    }

    @Test
    void aMasterWhoDisconnectsHandsOverTooAndTheNewcomerSeesTheNewMasterReady() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("gone", 3);
            h.send(t.get(1), ReadyRequest.INSTANCE);
            t.forEach(RecordingSession::take);

            h.disconnect(t.get(0));

            assertEquals(
                    List.of(new UserLeaveWaitingNotice(0, 1, false)), t.get(1).take());
            assertEquals(
                    List.of(new UserLeaveWaitingNotice(0, 1, false)), t.get(2).take());
            assertTrue(t.get(0).take().isEmpty(), "nothing reaches a closed connection");

            RecordingSession late = h.login("late", 0);
            h.send(late, new JoinWaitingRequest(ROOM, 0, ""));
            JoinRoomResponse joined = late.takeOne(JoinRoomResponse.class);
            assertEquals(JoinRoomResponse.SUCCESS, joined.result());
            assertEquals(0, joined.info().index(), "the joiner takes the lowest vacant slot, the old master's");
            JoinRoomResponse.SlotInfo master = joined.info().slots().stream()
                    .filter(s -> s.index() == 1)
                    .findFirst()
                    .orElseThrow();
            assertTrue(master.member().isRoomMaster());
            assertTrue(master.member().ready());
        }
    }

    @Test
    void theLastMemberLeavingRemovesTheRoomForTheWholeChannelAndFreesItsNumber() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("last", 2);
            RecordingSession lobby = h.login("watcher", 0);

            h.send(t.get(1), new ExitWaitingRequest(0));
            assertEquals(
                    List.of(new UserLeaveWaitingNotice(1, 0, false)), t.get(0).take());
            assertEquals(List.of(count(1), ExitWaitingResponse.OK), t.get(1).take());
            assertEquals(List.of(count(1)), lobby.take(), "a leave that does not empty the room keeps it listed");

            h.send(t.get(0), new ExitWaitingRequest(0));
            assertEquals(
                    List.of(new RoomRemovedNotice(ROOM), ExitWaitingResponse.OK),
                    t.get(0).take(),
                    "RoomRemoved to the channel includes the leaver, the reply comes last (spec 03 §2.7)");
            assertEquals(
                    "0800D70700000000",
                    t.get(0).sent().get(t.get(0).sent().size() - 2).frame());
            assertEquals(List.of(new RoomRemovedNotice(ROOM)), lobby.take());
            assertEquals(List.of(new RoomRemovedNotice(ROOM)), t.get(1).take());

            h.send(lobby, new CreateRoomRequest("again", 1, false, "", 0, 0, false));
            assertEquals(ROOM, lobby.takeOne(CreateRoomResponse.class).number(), "the number is free again");
        }
    }

    @Test
    void theLastMemberDisconnectingRemovesTheRoomToo() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("drop", 1);
            RecordingSession lobby = h.login("watcher", 0);

            h.disconnect(t.get(0));

            assertEquals(List.of(new RoomRemovedNotice(ROOM)), lobby.take());
        }
    }

    @Test
    void aKickSendsKickToTheVictimRoomSlotUpdateToTheRoomAndTheCountToTheLobby() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("kick", 3);
            RecordingSession lobby = h.login("watcher", 0);

            h.send(t.get(0), new UpdateSlotRequest(1));

            RoomSlotUpdateNotice kicked = RoomSlotUpdateNotice.of(1, RoomSlotActionType.PLAYER_KICKED);
            assertEquals(List.of(kicked), t.get(0).take(), "no UserLeaveWaiting on a kick");
            assertEquals(List.of(kicked), t.get(2).take());
            assertEquals(
                    "0600C10B0103",
                    t.get(2).sent().get(t.get(2).sent().size() - 1).frame());
            List<RecordingSession.Sent> victim = t.get(1).sent();
            assertEquals(List.of(KickNotice.INSTANCE, count(2)), t.get(1).take(), "the victim is back in the lobby");
            assertEquals("0400C20B", victim.get(victim.size() - 2).frame());
            assertEquals(List.of(count(2)), lobby.take());

            // The victim is out of the room: room requests are refused, and it can join again.
            h.send(t.get(1), ReadyRequest.INSTANCE);
            assertTrue(t.get(1).take().isEmpty());
            assertTrue(t.get(0).take().isEmpty());
            h.send(t.get(1), new JoinWaitingRequest(ROOM, 0, ""));
            JoinRoomResponse again = t.get(1).takeOne(JoinRoomResponse.class);
            assertEquals(JoinRoomResponse.SUCCESS, again.result());
            assertEquals(1, again.info().index());
        }
    }

    @Test
    void aKickedMemberIsNotReadyAgainAndTheMasterCannotKickItself() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("self", 2);
            h.send(t.get(0), new UpdateSlotRequest(0));
            assertTrue(t.get(0).take().isEmpty(), "Mozart refuses the reference's masterless room (spec 03 O4)");
            assertTrue(t.get(1).take().isEmpty());

            h.send(t.get(0), new UpdateSlotRequest(1));
            t.forEach(RecordingSession::take);
            h.send(t.get(1), new JoinWaitingRequest(ROOM, 0, ""));
            assertEquals(
                    JoinRoomResponse.SUCCESS,
                    t.get(1).takeOne(JoinRoomResponse.class).result());
            t.get(0).take();
            h.send(t.get(0), StartGameRequest.INSTANCE);
            assertEquals(
                    StartResult.NOT_READY.wire(),
                    t.get(0).takeOne(StartGameNotice.class).result(),
                    "a member who comes back after a kick starts not ready");
        }
    }
}
