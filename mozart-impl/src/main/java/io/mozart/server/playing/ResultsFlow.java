package io.mozart.server.playing;

import io.mozart.api.ChannelOptions;
import io.mozart.api.event.GameFinished;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.Held;
import io.mozart.server.game.Player;
import io.mozart.server.game.PlayingState;
import io.mozart.server.game.Room;
import io.mozart.server.game.RoomState;
import io.mozart.server.game.Slot;
import io.mozart.server.playing.rules.BestScoreRules;
import io.mozart.server.playing.rules.ChartInfo;
import io.mozart.server.playing.rules.MatchRules;
import io.mozart.server.playing.rules.PlayerProfile;
import io.mozart.server.playing.rules.PlayerResult;
import io.mozart.server.playing.rules.PlayerScore;
import io.mozart.server.playing.rules.ResultRules;
import io.mozart.server.protocol.lobby.RoomStateChangedNotice;
import io.mozart.server.protocol.playing.MatchResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Result processing (spec 04 §6) for a game in FINISHING: everything is computed and written in one storage
 * transaction, holding no channel; only after it committed are ScoreCompleted and the room reset sent, holding the
 * room's channel. A failed or aborted transaction leaves storage untouched and returns the room to Waiting without
 * results.
 */
final class ResultsFlow {

    private static final Logger LOG = LoggerFactory.getLogger(ResultsFlow.class);

    private final GameContext ctx;

    ResultsFlow(GameContext ctx) {
        this.ctx = ctx;
    }

    /** What result processing needs about one player, captured holding the channel. */
    private record Participant(Player player, int userId, String nickname, int team, PlayerScore score) {}

    /**
     * Returns a room to Waiting after a game: members not ready (the master ready), not playing; the channel is told.
     *
     * @param h    the room's channel, held
     * @param room the room
     */
    static void backToWaiting(Held h, Room room) {
        for (Slot s : room.memberSlots()) {
            s.ready(h, s.master());
            s.playingState(h, PlayingState.NONE);
        }
        room.state(h, RoomState.WAITING);
        if (room.channel().room(room.number()) == room) {
            Broadcast.send(
                    room.channel().outside(room), new RoomStateChangedNotice(room.number(), RoomState.WAITING.wire()));
        }
    }

    /**
     * Processes the results later, in the given session's order (used when a leave, which holds the channel,
     * completed the game).
     *
     * @param session the session whose leave completed the game
     * @param game    the game
     */
    void finishLater(Session session, Game game) {
        session.executeBlocking(() -> finish(game));
    }

    void refreshQuietly(Player p) {
        try {
            if (p.authorized()) {
                ctx.refresh(p);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: profile refresh failed: {}", p, e.toString());
        }
    }

    /**
     * Writes the results of a game in FINISHING and tells the room.
     *
     * @param game the game
     */
    void finish(Game game) {
        Channel channel = game.room().channel();
        List<Participant> players = channel.call(h -> {
            List<Participant> out = new ArrayList<>();
            for (Game.Tracked t : game.completedStates()) {
                Player p = t.player();
                out.add(new Participant(p, p.userId(), p.nickname(), t.team(), t.submitted()));
            }
            return out;
        });
        players.sort((a, b) -> Integer.compare(a.score().memberId(), b.score().memberId()));
        int musicId = game.musicId();
        int difficulty = game.difficulty();
        ChartInfo chart = channel.music()
                .find(musicId)
                .map(m -> ChartInfo.select(
                        difficulty,
                        m.levelEx(),
                        m.levelNx(),
                        m.levelHx(),
                        m.noteCountEx(),
                        m.noteCountNx(),
                        m.noteCountHx()))
                .orElse(ChartInfo.MISSING);
        ChannelOptions rates = channel.options();
        ResultRules.GameResults results = null;
        try {
            results = ctx.storage()
                    .inTransaction(tx -> writeResults(
                            tx, players, chart, musicId, difficulty, (float) rates.gemRate(), (float) rates.expRate()));
        } catch (RuntimeException e) {
            LOG.error("{}: writing results failed, nothing was stored: {}", game, e.toString());
        }
        ResultRules.GameResults done = results;
        channel.run(h -> {
            Room room = game.room();
            if (done != null && !done.aborted()) {
                Broadcast.send(room.members(), done.scoreCompleted());
            } else if (done != null) {
                LOG.warn("{}: a cleared score judged more notes than the chart has; no results", game);
            }
            game.stage(h, Game.Stage.FINISHED);
            if (Game.of(room) == game && room.isPlaying()) {
                backToWaiting(h, room);
            }
        });
        if (done == null || done.aborted()) {
            return;
        }
        for (Participant p : players) {
            p.player().session().executeBlocking(() -> refreshQuietly(p.player()));
        }
        List<GameFinished.PlayerResult> lines = new ArrayList<>();
        for (PlayerResult r : done.players()) {
            Participant p = players.stream()
                    .filter(x -> x.score().memberId() == r.score().memberId())
                    .findFirst()
                    .orElseThrow();
            lines.add(new GameFinished.PlayerResult(
                    p.userId(),
                    p.nickname(),
                    r.score().memberId(),
                    r.score().score(),
                    outcome(r.result()),
                    r.reward(),
                    r.level(),
                    r.experience()));
        }
        LOG.info("{}: results stored for {} player(s)", game, lines.size());
        ctx.events()
                .publish(new GameFinished(channel.id(), game.room().number(), musicId, difficulty, done.safe(), lines));
    }

    private static GameFinished.Outcome outcome(MatchResult r) {
        return switch (r) {
            case WIN -> GameFinished.Outcome.WIN;
            case DRAW -> GameFinished.Outcome.DRAW;
            default -> GameFinished.Outcome.LOSE;
        };
    }

    private ResultRules.GameResults writeResults(
            Storage tx,
            List<Participant> players,
            ChartInfo chart,
            int musicId,
            int difficulty,
            float gemRate,
            float expRate) {
        Map<Integer, PlayerProfile> profiles = new HashMap<>();
        Map<Integer, UserProfile> users = new HashMap<>();
        Map<Integer, Wallet> wallets = new HashMap<>();
        List<PlayerScore> scores = new ArrayList<>();
        List<MatchRules.Entry> entries = new ArrayList<>();
        for (Participant p : players) {
            int m = p.score().memberId();
            UserProfile u = tx.characters()
                    .find(p.userId())
                    .orElseThrow(() -> new IllegalStateException("user " + p.userId() + " vanished"));
            Wallet w = tx.wallets().find(p.userId()).orElse(Wallet.EMPTY);
            users.put(m, u);
            wallets.put(m, w);
            profiles.put(m, new PlayerProfile(u.progress().level(), u.progress().experience(), w.gem(), w.cashPoint()));
            PlayerScore score = ResultRules.capped(chart, p.score());
            if (score.score() != p.score().score()) {
                LOG.warn(
                        "user {}: score {} is above the chart's maximum {}; clamped to it",
                        p.userId(),
                        p.score().score(),
                        score.score());
            }
            scores.add(score);
            entries.add(new MatchRules.Entry(m, p.team(), score.score()));
        }
        int limit = ctx.options().singleModeRewardLevelLimit();
        int count = players.size();
        ResultRules.GameResults results = ResultRules.process(
                chart,
                scores,
                profiles,
                MatchRules.outcomes(entries),
                m -> MatchRules.soloRewarded(count, profiles.get(m).level(), limit),
                gemRate,
                expRate);
        if (results.aborted()) {
            return results;
        }
        for (PlayerResult r : results.players()) {
            int m = r.score().memberId();
            int uid = users.get(m).id();
            Progress before = users.get(m).progress();
            MatchResult mr = r.result();
            Progress after = new Progress(
                    r.level(),
                    r.experience(),
                    before.battle() + 1,
                    before.win() + (mr == MatchResult.WIN ? 1 : 0),
                    before.lose() + (mr == MatchResult.LOSE ? 1 : 0),
                    before.draw() + (mr == MatchResult.DRAW ? 1 : 0));
            tx.characters().updateProgress(uid, after);
            Wallet w = wallets.get(m);
            if (r.gem() != w.gem()) {
                tx.wallets()
                        .set(
                                uid,
                                new Wallet(r.gem(), w.point(), w.o2Cash(), w.musicCash(), w.itemCash(), w.cashPoint()));
            }
            PlayerScore s = r.score();
            Long stored = tx.scores()
                    .find(uid, musicId, difficulty)
                    .map(ScoreRecord::score)
                    .orElse(null);
            BestScoreRules.Decision d = BestScoreRules.decide(
                    stored, s.score(), results.safe(), s.cool(), s.good(), s.bad(), s.miss(), chart.totalNotes());
            if (d.write()) {
                tx.scores()
                        .save(
                                uid,
                                new ScoreRecord(
                                        musicId,
                                        difficulty,
                                        d.score(),
                                        d.clearType().wire()));
            }
        }
        return results;
    }
}
