package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.ChannelOptions;
import io.mozart.api.event.GameFinished;
import io.mozart.api.event.GameStarted;
import io.mozart.api.event.ScoreSubmitted;
import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.UserProfile;
import io.mozart.client.Bot;
import io.mozart.server.game.Room;
import io.mozart.server.game.RoomState;
import io.mozart.server.playing.Game;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.lobby.RoomStateChangedNotice;
import io.mozart.server.protocol.playing.GameStatsUpdateNotice;
import io.mozart.server.protocol.playing.MatchResult;
import io.mozart.server.protocol.playing.ScoreCompletedNotice;
import io.mozart.server.protocol.playing.ScoreEntry;
import io.mozart.server.protocol.playing.ScoreSubmissionNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.playing.SubmitScoreRequest;
import io.mozart.server.protocol.playing.UserLeaveGameNotice;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole games over real sockets against a real SQLite file (spec 04). */
class GameIT {

    /** Music 1: EX level 10 with 500 notes (the chart of spec 04 §6.4). */
    static final MetadataProvider METADATA = MetadataProvider.of(
            MusicCatalogue.of(List.of(Music.basic(1, 10, 20, 30, 500, 600, 700))),
            ItemCatalogue.empty(),
            AlbumCatalogue.empty());

    /** A room of bots: bots.get(0) is the master in slot 0, bot i sits in slot i. */
    record Table(TestServer server, List<Bot> bots, int number) implements AutoCloseable {
        Bot master() {
            return bots.get(0);
        }

        /**
         * Takes every frame already caused by the bots' requests so far: a first ping round proves each bot's
         * requests were handled (so whatever they broadcast is queued), a second one collects what they queued.
         */
        void drainAll() {
            for (Bot b : bots) {
                b.sync();
            }
            for (Bot b : bots) {
                b.sync();
            }
        }

        Room room() {
            return server.server()
                    .world()
                    .channel(0)
                    .call(h -> server.server().world().channel(0).room(number));
        }

        Game game() {
            return server.server().world().channel(0).call(h -> Game.of(room()));
        }

        UserProfile profile(String name) {
            return server.storage().characters().findByUsername(name).orElseThrow();
        }

        @Override
        public void close() {
            for (Bot b : bots) {
                b.close();
            }
        }
    }

    static Table table(TestServer server, String prefix, int players) {
        List<Bot> bots = new ArrayList<>();
        Bot master = server.lobbyBot(prefix + 0);
        bots.add(master);
        CreateRoomResponse created = master.createRoom("game", "");
        int number = created.number();
        for (int i = 1; i < players; i++) {
            Bot b = server.lobbyBot(prefix + i);
            JoinRoomResponse joined = b.joinRoom(number, 0, "");
            assertEquals(JoinRoomResponse.SUCCESS, joined.result());
            bots.add(b);
            b.ready();
        }
        master.music(1, 0, 1);
        Table t = new Table(server, bots, number);
        t.drainAll();
        return t;
    }

    static TestServer server(Consumer<io.mozart.api.ServerOptions.Builder> options) {
        return TestServer.start(
                b -> {
                    b.channels(ChannelOptions.of(0).withRates(1.5, 3.0));
                    options.accept(b);
                },
                METADATA);
    }

    static void startAndLoad(Table t) {
        StartGameNotice start = t.master().startGame();
        assertEquals(StartResult.SUCCESS.wire(), start.result());
        for (Bot b : t.bots()) {
            b.musicLoaded();
        }
        for (Bot b : t.bots()) {
            for (int i = 0; i < t.bots().size(); i++) {
                assertEquals(1, b.await(MusicLoadedNotice.class).playingState());
            }
        }
    }

    private static String hex(ScoreCompletedNotice n) {
        ByteBuf buf = Unpooled.buffer();
        try {
            ScoreCompletedNotice.CODEC.write(buf, n);
            return ByteBufUtil.hexDump(buf).toUpperCase();
        } finally {
            buf.release();
        }
    }

    @Test
    void soloGameMatchesTheWorkedFrameAndIsPersisted() {
        List<Object> events = new CopyOnWriteArrayList<>();
        try (TestServer server = server(b -> {})) {
            server.server().events().on(GameStarted.class, events::add);
            server.server().events().on(ScoreSubmitted.class, events::add);
            server.server().events().on(GameFinished.class, events::add);
            String token;
            try (Table t = table(server, "solo", 1)) {
                startAndLoad(t);
                Bot m = t.master();
                m.stats(0, 900, 1000);
                GameStatsUpdateNotice stats = m.await(GameStatsUpdateNotice.class);
                assertEquals(List.of(0, 255, 255, 255, 255, 255, 255, 255), stats.memberRanks());
                m.submit(new SubmitScoreRequest(480, 20, 0, 0, 500, 0, 19, 140000, 100, 1, 0));
                assertEquals(0, m.await(ScoreSubmissionNotice.class).memberId());
                ScoreCompletedNotice results = m.await(ScoreCompletedNotice.class);
                // Spec 04 §4 worked frame (body after the 4-byte header).
                assertEquals(
                        ("01000000" + "00" + "01000000" + "E001" + "1400" + "0000" + "0000" + "F401" + "1300"
                                + "E0220200" + "C900" + "01000000" + "BB030000" + "01" + "C9000000" + "00000000" + "01"
                                + "00000000"),
                        hex(results));
                m.exitPlaying();
                UserLeaveGameNotice left = m.await(UserLeaveGameNotice.class);
                assertEquals(0, left.memberId());
                assertEquals(1, left.level());
                assertEquals(RoomState.WAITING, t.room().state());
                assertEquals(Game.Stage.FINISHED, t.game().stage());
            }
            UserProfile p =
                    server.storage().characters().findByUsername("solo0").orElseThrow();
            assertEquals(new Progress(1, 955, 1, 1, 0, 0), p.progress());
            assertEquals(
                    201, server.storage().wallets().find(p.id()).orElseThrow().gem());
            assertEquals(
                    140000,
                    server.storage().scores().find(p.id(), 1, 0).orElseThrow().score());
            // Reconnect: character info shows the stored rewards.
            token = server.server().auth().authenticate("solo0", "secret-solo0", "127.0.0.1");
            try (Bot again = server.bot().login(token, 0)) {
                CharacterInfoResponse info = again.characterInfo().info();
                assertEquals(201, info.gem());
                assertEquals(955, info.experience());
                assertEquals(1, info.win());
            }
            awaitEvents(events, 3);
            assertTrue(events.get(0) instanceof GameStarted);
            assertTrue(events.get(1) instanceof ScoreSubmitted);
            GameFinished finished = (GameFinished) events.get(2);
            assertTrue(finished.rewarded());
            assertEquals(201, finished.players().get(0).gemReward());
            assertEquals(GameFinished.Outcome.WIN, finished.players().get(0).outcome());
        }
    }

    private static void awaitEvents(List<Object> events, int n) {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (events.size() < n && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertEquals(n, events.size(), events.toString());
    }

    @Test
    void twoPlayersTieForFirstDrawAndStatsAreRelayed() {
        try (TestServer server = server(b -> {});
                Table t = table(server, "duo", 2)) {
            startAndLoad(t);
            Bot a = t.bots().get(0);
            Bot b = t.bots().get(1);
            b.stats(1, 3, 5000);
            GameStatsUpdateNotice seenByA = a.await(GameStatsUpdateNotice.class);
            assertEquals(1, seenByA.memberId());
            assertEquals(List.of(1, 0, 255, 255, 255, 255, 255, 255), seenByA.memberRanks());
            b.submit(400, 100, 0, 120000, 100);
            assertEquals(1, a.await(ScoreSubmissionNotice.class).memberId());
            a.submit(450, 50, 0, 120000, 100);
            for (Bot bot : t.bots()) {
                ScoreCompletedNotice r = bot.await(ScoreCompletedNotice.class);
                assertEquals(2, r.entries().size());
                for (ScoreEntry e : r.entries()) {
                    assertEquals(MatchResult.DRAW.wire(), e.result());
                }
            }
            assertEquals(1, t.profile("duo0").progress().draw());
            assertEquals(1, t.profile("duo1").progress().draw());
        }
    }

    @Test
    void eightPlayersInTwoTeamsTheBetterTeamWins() {
        try (TestServer server = server(b -> {});
                Table t = table(server, "oct", 8)) {
            for (int i = 0; i < 8; i++) {
                t.bots().get(i).team(i % 2);
            }
            t.drainAll();
            startAndLoad(t);
            // Team A (even slots) totals more; slot 1 (team B) has the single best score.
            long[] scores = {100000, 140000, 100000, 1000, 100000, 1000, 100000, 1000};
            for (int i = 7; i >= 0; i--) {
                t.bots().get(i).submit(400, 100, 0, scores[i], 100);
            }
            for (Bot bot : t.bots()) {
                ScoreCompletedNotice r = bot.await(ScoreCompletedNotice.class);
                assertEquals(8, r.entries().size());
                assertEquals(1, r.entries().get(0).memberId(), "ordered by score");
                Map<Integer, Integer> results =
                        r.entries().stream().collect(Collectors.toMap(ScoreEntry::memberId, ScoreEntry::result));
                for (int i = 0; i < 8; i++) {
                    assertEquals(
                            i % 2 == 0 ? MatchResult.WIN.wire() : MatchResult.LOSE.wire(), results.get(i), "slot " + i);
                }
            }
            assertEquals(1, t.profile("oct0").progress().win());
            assertEquals(1, t.profile("oct1").progress().lose());
        }
    }

    @Test
    void teamsMustBeBalancedAndEveryoneReady() {
        try (TestServer server = server(b -> {});
                Table t = table(server, "chk", 3)) {
            t.bots().get(2).team(0);
            t.drainAll();
            assertEquals(
                    StartResult.TEAM_UNBALANCED.wire(), t.master().startGame().result());
            t.bots().get(2).team(2);
            t.bots().get(2).ready();
            t.drainAll();
            assertEquals(StartResult.NOT_READY.wire(), t.master().startGame().result());
            assertEquals(RoomState.WAITING, t.room().state());
        }
    }

    @Test
    void soloStartCanBeForbidden() {
        try (TestServer server = server(b -> b.allowSoloInVersus(false));
                Table t = table(server, "alone", 1)) {
            assertEquals(
                    StartResult.INSUFFICIENT_PLAYERS.wire(),
                    t.master().startGame().result());
        }
    }

    @Test
    void aPlayerWhoNeverLoadsIsThrownOutAndTheOthersFinish() {
        try (TestServer server = server(b -> b.musicLoadTimeout(Duration.ofMillis(800)));
                Table t = table(server, "slow", 3)) {
            assertEquals(StartResult.SUCCESS.wire(), t.master().startGame().result());
            Bot a = t.bots().get(0);
            Bot c = t.bots().get(2);
            a.musicLoaded();
            c.musicLoaded();
            UserLeaveWaitingNotice left = a.await(UserLeaveWaitingNotice.class);
            assertEquals(1, left.memberId());
            Bot slow = t.bots().get(1);
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (slow.isConnected() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            assertFalse(slow.isConnected(), "the slow loader is disconnected");
            assertFalse(t.game().loadTimerArmed());
            a.submit(400, 100, 0, 100000, 100);
            c.submit(400, 100, 0, 90000, 100);
            ScoreCompletedNotice r = a.await(ScoreCompletedNotice.class);
            assertEquals(
                    List.of(0, 2),
                    r.entries().stream().map(ScoreEntry::memberId).toList());
        }
    }

    @Test
    void theLoadTimerIsCancelledWhenEveryoneLoadedAndADuplicateConfirmationIsHarmless() {
        try (TestServer server = server(b -> b.musicLoadTimeout(Duration.ofSeconds(30)));
                Table t = table(server, "quick", 2)) {
            startAndLoad(t);
            assertFalse(t.game().loadTimerArmed());
            Bot a = t.bots().get(0);
            a.musicLoaded();
            a.sync();
            assertNull(
                    t.bots().get(1).sync().stream()
                            .filter(o -> o instanceof MusicLoadedNotice)
                            .findFirst()
                            .orElse(null),
                    "no second MusicLoaded");
            a.submit(400, 100, 0, 100000, 100);
            t.bots().get(1).submit(400, 100, 0, 90000, 100);
            assertEquals(2, a.await(ScoreCompletedNotice.class).entries().size());
        }
    }

    @Test
    void aDisconnectMidGameLetsTheOthersFinish() {
        try (TestServer server = server(b -> {});
                Table t = table(server, "drop", 3)) {
            startAndLoad(t);
            t.bots().get(1).close();
            Bot a = t.bots().get(0);
            assertEquals(1, a.await(UserLeaveGameNotice.class).memberId());
            assertEquals(1, a.await(UserLeaveWaitingNotice.class).memberId());
            a.submit(400, 100, 0, 100000, 100);
            t.bots().get(2).submit(400, 100, 0, 90000, 100);
            ScoreCompletedNotice r = a.await(ScoreCompletedNotice.class);
            assertEquals(
                    List.of(0, 2),
                    r.entries().stream().map(ScoreEntry::memberId).toList());
            assertEquals(0, t.profile("drop1").progress().battle(), "the leaver gets no result");
        }
    }

    @Test
    void theLastUnfinishedPlayerLeavingCompletesTheGameWithResults() {
        try (TestServer server = server(b -> {});
                Table t = table(server, "last", 2)) {
            startAndLoad(t);
            Bot a = t.bots().get(0);
            Bot b = t.bots().get(1);
            a.submit(480, 20, 0, 140000, 100);
            b.await(ScoreSubmissionNotice.class);
            b.exitRoom(0);
            ScoreCompletedNotice r = a.await(ScoreCompletedNotice.class);
            assertEquals(1, r.entries().size());
            assertEquals(MatchResult.WIN.wire(), r.entries().get(0).result());
            assertTrue(r.entries().get(0).reward() > 0);
            UserProfile leaver = t.profile("last1");
            assertEquals(
                    1,
                    server.storage().penalties().find(leaver.id()).orElseThrow().count(),
                    "leaving a running game unfinished is penalised");
            assertEquals(1, t.profile("last0").progress().win());
            assertEquals(RoomState.WAITING, t.room().state());
        }
    }

    @Test
    void aFailedResultsWriteStoresNothing() {
        AtomicBoolean armed = new AtomicBoolean(true);
        try (TestServer server = TestServer.start(
                        b -> b.channels(ChannelOptions.of(0).withRates(1.5, 3.0)),
                        METADATA,
                        s -> new FailingStorage(s, armed));
                Table t = table(server, "fail", 2)) {
            startAndLoad(t);
            t.bots().get(0).submit(480, 20, 0, 140000, 100);
            t.bots().get(1).submit(480, 20, 0, 130000, 100);
            // The last submit runs the results in its handler: once slot 1's ping is answered they are done.
            t.bots().get(1).sync();
            List<Object> seen = t.bots().get(0).sync();
            assertTrue(seen.stream().noneMatch(o -> o instanceof ScoreCompletedNotice), seen.toString());
            for (String name : List.of("fail0", "fail1")) {
                UserProfile p = t.profile(name);
                assertEquals(Progress.NEW, p.progress(), name);
                assertEquals(
                        0, server.storage().wallets().find(p.id()).orElseThrow().gem(), name);
                assertTrue(server.storage().scores().find(p.id(), 1, 0).isEmpty(), name);
            }
            assertEquals(RoomState.WAITING, t.room().state(), "the room still returns to waiting");
        }
    }

    @Test
    void theLobbySeesTheRoomPlayAndReturn() {
        try (TestServer server = server(b -> {});
                Table t = table(server, "lob", 1);
                Bot lobby = server.lobbyBot("watcher")) {
            lobby.sync();
            startAndLoad(t);
            assertEquals(
                    new RoomStateChangedNotice(t.number(), RoomState.PLAYING.wire()),
                    lobby.await(RoomStateChangedNotice.class));
            t.master().submit(480, 20, 0, 140000, 100);
            assertNotNull(t.master().await(ScoreCompletedNotice.class));
            assertEquals(
                    new RoomStateChangedNotice(t.number(), RoomState.WAITING.wire()),
                    lobby.await(RoomStateChangedNotice.class));
        }
    }
}
