package io.mozart.server.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.event.GameFinished;
import io.mozart.api.event.GameStarted;
import io.mozart.api.event.ScoreSubmitted;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.UserProfile;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.lobby.RoomStateChangedNotice;
import io.mozart.server.protocol.lobby.RoomUserCountChangedNotice;
import io.mozart.server.protocol.playing.ConfirmMusicLoadedRequest;
import io.mozart.server.protocol.playing.MatchResult;
import io.mozart.server.protocol.playing.ScoreCompletedNotice;
import io.mozart.server.protocol.playing.ScoreEntry;
import io.mozart.server.protocol.playing.ScoreSubmissionNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartGameRequest;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.playing.SubmitScoreRequest;
import io.mozart.server.protocol.playing.UserLeaveGameNotice;
import io.mozart.server.protocol.waiting.ExitWaitingRequest;
import io.mozart.server.protocol.waiting.KickNotice;
import io.mozart.server.protocol.waiting.RoomSlotActionType;
import io.mozart.server.protocol.waiting.RoomSlotUpdateNotice;
import io.mozart.server.protocol.waiting.UpdateSlotRequest;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Playing without sockets (spec 04 §4–§7): results with the spec's numbers, leaving while playing, and the
 * music-load timeout on the harness's manual clock. Requests in, recorded packets and stored rows out.
 */
class PlayingFlowTest {

    private static final int ROOM = 0;

    /** Spec 04 §4, the worked ScoreCompleted frame (case A of §6.4: gem rate 1.5, exp rate 3.0). */
    private static final String WORKED_FRAME =
            ("35 00 B2 0F 01 00 00 00  00 01 00 00 00 E0 01 14 00 00 00 00 00 F4 01 13 00"
                            + "E0 22 02 00 C9 00 01 00 00 00 BB 03 00 00 01 C9 00 00 00 00 00 00 00 01 00 00 00 00")
                    .replace(" ", "");

    /** The worked example's run: cool 480, good 20, maxCombo 500, maxJam 19, score 140000, cleared, X1.0. */
    private static final SubmitScoreRequest WORKED_RUN =
            new SubmitScoreRequest(480, 20, 0, 0, 500, 0, 19, 140000, 100, 1, 0);

    private static SubmitScoreRequest run(long score) {
        return new SubmitScoreRequest(400, 100, 0, 0, 500, 0, 0, score, 100, 1, 0);
    }

    /** StartGame by slot 0, then every player confirms the music. */
    private static void startAndLoad(GameHarness h, List<RecordingSession> t) {
        h.send(t.get(0), StartGameRequest.INSTANCE);
        for (RecordingSession s : t) {
            assertEquals(
                    StartResult.SUCCESS.wire(), s.takeOne(StartGameNotice.class).result());
        }
        for (RecordingSession s : t) {
            h.send(s, new ConfirmMusicLoadedRequest(0));
        }
        for (RecordingSession s : t) {
            assertEquals(
                    t.size(),
                    s.take().stream()
                            .filter(MusicLoadedNotice.class::isInstance)
                            .count());
        }
    }

    private static UserProfile profile(GameHarness h, String name) {
        return h.storage().characters().findByUsername(name).orElseThrow();
    }

    private static int penalties(GameHarness h, String name) {
        return h.storage()
                .penalties()
                .find(profile(h, name).id())
                .map(p -> p.count())
                .orElse(0);
    }

    @Test
    void aSoloGameSendsTheSpecsWorkedFrameAndStoresTheRewards() {
        try (GameHarness h = GameHarness.start()) {
            List<Object> events = new ArrayList<>();
            h.events().on(GameStarted.class, events::add);
            h.events().on(ScoreSubmitted.class, events::add);
            h.events().on(GameFinished.class, events::add);
            List<RecordingSession> t = h.table("solo", 1);
            RecordingSession lobby = h.login("watcher", 0);
            startAndLoad(h, t);
            assertEquals(List.of(new RoomStateChangedNotice(ROOM, 2)), lobby.take());

            h.send(t.get(0), WORKED_RUN);

            List<RecordingSession.Sent> sent = t.get(0).sent();
            assertEquals(new ScoreSubmissionNotice(0), sent.get(sent.size() - 2).packet());
            assertEquals("0500B10F00", sent.get(sent.size() - 2).frame());
            assertEquals(WORKED_FRAME, sent.get(sent.size() - 1).frame());
            assertEquals(List.of(new RoomStateChangedNotice(ROOM, 1)), lobby.take());
            UserProfile p = profile(h, "solo0");
            assertEquals(new Progress(1, 955, 1, 1, 0, 0), p.progress());
            assertEquals(201, h.storage().wallets().find(p.id()).orElseThrow().gem());
            assertEquals(
                    140000,
                    h.storage().scores().find(p.id(), 1, 0).orElseThrow().score());
            assertEquals(3, events.size(), events.toString());
            assertTrue(events.get(0) instanceof GameStarted);
            assertTrue(events.get(1) instanceof ScoreSubmitted);
            assertEquals(201, ((GameFinished) events.get(2)).players().get(0).gemReward());
        }
    }

    @Test
    void aTieForFirstIsADrawForBothAndEveryoneGetsTheSameResults() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("duo", 2);
            startAndLoad(h, t);
            h.send(t.get(1), run(120000));
            assertEquals(List.of(new ScoreSubmissionNotice(1)), t.get(0).take());
            h.send(t.get(0), run(120000));
            ScoreCompletedNotice first = t.get(0).takeOne(ScoreCompletedNotice.class);
            assertEquals(first, t.get(1).takeOne(ScoreCompletedNotice.class));
            assertEquals(
                    List.of(0, 1),
                    first.entries().stream().map(ScoreEntry::memberId).toList());
            for (ScoreEntry e : first.entries()) {
                assertEquals(MatchResult.DRAW.wire(), e.result());
            }
            assertEquals(1, profile(h, "duo0").progress().draw());
            assertEquals(1, profile(h, "duo1").progress().draw());
        }
    }

    @Test
    void aDisconnectMidGameTellsTheRestAndTheOthersStillFinish() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("drop", 3);
            RecordingSession lobby = h.login("watcher", 0);
            startAndLoad(h, t);
            lobby.take();

            h.disconnect(t.get(1));

            List<Object> expected =
                    List.of(new UserLeaveGameNotice(1, 1, 0, 0), new UserLeaveWaitingNotice(1, 0, false));
            assertEquals(expected, t.get(0).take());
            assertEquals(expected, t.get(2).take());
            assertEquals(
                    "1100B60F01010000000000000000000000",
                    t.get(0).sent().get(t.get(0).sent().size() - 2).frame());
            assertEquals(List.of(new RoomUserCountChangedNotice(ROOM, 8, 2, false, 0)), lobby.take());

            h.send(t.get(0), run(100000));
            h.send(t.get(2), run(90000));
            ScoreCompletedNotice r = t.get(0).takeOne(ScoreCompletedNotice.class);
            assertEquals(
                    List.of(0, 2),
                    r.entries().stream().map(ScoreEntry::memberId).toList());
            assertEquals(0, profile(h, "drop1").progress().battle(), "the leaver gets no result");
            assertEquals(1, profile(h, "drop0").progress().win());
            assertEquals(0, penalties(h, "drop1"), "no penalty on a disconnect");
        }
    }

    @Test
    void theLastAwaitedPlayerLeavingProcessesTheResultsOfThoseWhoSubmitted() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("last", 2);
            RecordingSession lobby = h.login("watcher", 0);
            startAndLoad(h, t);
            lobby.take();
            h.send(t.get(0), WORKED_RUN);
            assertEquals(List.of(new ScoreSubmissionNotice(0)), t.get(1).take());
            assertTrue(t.get(0).pending(ScoreCompletedNotice.class).isEmpty(), "slot 1 has not submitted yet");

            h.send(t.get(1), new ExitWaitingRequest(0));

            List<Object> seen = t.get(0).take();
            assertEquals(new UserLeaveGameNotice(1, 1, 0, 0), seen.get(1));
            assertEquals(new UserLeaveWaitingNotice(1, 0, false), seen.get(2));
            ScoreCompletedNotice r = (ScoreCompletedNotice) seen.get(3);
            assertEquals(1, r.entries().size());
            assertEquals(MatchResult.WIN.wire(), r.entries().get(0).result());
            assertEquals(201, r.entries().get(0).reward(), "case A of spec 04 §6.4");
            assertEquals(4, seen.size(), seen.toString());
            assertEquals(1, profile(h, "last0").progress().win());
            assertEquals(1, penalties(h, "last1"), "leaving a running game while tracked is penalised (spec 04 §7)");
            assertTrue(lobby.take().contains(new RoomStateChangedNotice(ROOM, 1)), "the room is back to waiting");
        }
    }

    @Test
    void aPlayerWhoNeverLoadsIsThrownOutWhenTheManualClockPassesTheTimeout() {
        try (GameHarness h = GameHarness.start(b -> b.musicLoadTimeout(Duration.ofSeconds(60)))) {
            List<RecordingSession> t = h.table("slow", 3);
            h.send(t.get(0), StartGameRequest.INSTANCE);
            h.send(t.get(0), new ConfirmMusicLoadedRequest(0));
            h.send(t.get(2), new ConfirmMusicLoadedRequest(0));
            t.forEach(RecordingSession::take);
            assertEquals(1, h.armedTimers());

            h.advance(Duration.ofSeconds(59));
            assertTrue(t.get(1).isOpen());
            assertTrue(t.get(0).take().isEmpty());

            h.advance(Duration.ofSeconds(1));
            assertFalse(t.get(1).isOpen(), "the slow loader is disconnected");
            assertTrue(t.get(1).take().isEmpty(), "nothing is addressed to the timed-out client (spec 04 §5)");
            assertEquals(
                    List.of(new UserLeaveWaitingNotice(1, 0, false)), t.get(0).take());
            assertEquals(
                    List.of(new UserLeaveWaitingNotice(1, 0, false)), t.get(2).take());

            h.send(t.get(0), run(100000));
            h.send(t.get(2), run(90000));
            ScoreCompletedNotice r = t.get(2).takeOne(ScoreCompletedNotice.class);
            assertEquals(
                    List.of(0, 2),
                    r.entries().stream().map(ScoreEntry::memberId).toList());
            assertEquals(0, penalties(h, "slow1"), "no penalty");
        }
    }

    @Test
    void theLoadTimerIsCancelledWhenEveryoneLoaded() {
        try (GameHarness h = GameHarness.start(b -> b.musicLoadTimeout(Duration.ofSeconds(60)))) {
            List<RecordingSession> t = h.table("quick", 2);
            startAndLoad(h, t);
            assertEquals(0, h.armedTimers());
            h.advance(Duration.ofMinutes(5));
            assertTrue(t.get(1).isOpen());
            assertTrue(t.get(0).take().isEmpty());
        }
    }

    @Test
    void aKickDuringPlayUntracksTheVictimAndCanCompleteTheGame() {
        try (GameHarness h = GameHarness.start()) {
            List<RecordingSession> t = h.table("boot", 2);
            startAndLoad(h, t);
            h.send(t.get(0), WORKED_RUN);
            t.get(1).take();

            h.send(t.get(0), new UpdateSlotRequest(1));

            // Mozart's W4 (docs/compatibility.md): the client still sees exactly Kick, RoomSlotUpdate and the count,
            // but the victim leaves the game, which was waiting only for it.
            assertEquals(KickNotice.INSTANCE, t.get(1).take().get(0));
            List<Object> seen = t.get(0).take();
            assertTrue(seen.contains(RoomSlotUpdateNotice.of(1, RoomSlotActionType.PLAYER_KICKED)), seen.toString());
            assertTrue(seen.stream().noneMatch(UserLeaveWaitingNotice.class::isInstance), seen.toString());
            ScoreCompletedNotice r = seen.stream()
                    .filter(ScoreCompletedNotice.class::isInstance)
                    .map(ScoreCompletedNotice.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(seen.toString()));
            assertEquals(
                    List.of(0), r.entries().stream().map(ScoreEntry::memberId).toList());
            assertEquals(1, profile(h, "boot0").progress().win());
            assertEquals(0, profile(h, "boot1").progress().battle());
        }
    }
}
