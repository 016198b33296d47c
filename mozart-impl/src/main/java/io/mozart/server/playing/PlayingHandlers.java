package io.mozart.server.playing;

import io.mozart.api.ChannelOptions;
import io.mozart.api.event.GameFinished;
import io.mozart.api.event.GameStarted;
import io.mozart.api.event.ScoreSubmitted;
import io.mozart.api.metadata.Music;
import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.encore.route.Routes;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.game.Room;
import io.mozart.server.game.Slot;
import io.mozart.server.game.World;
import io.mozart.server.playing.rules.BestScoreRules;
import io.mozart.server.playing.rules.ChartInfo;
import io.mozart.server.playing.rules.MatchRules;
import io.mozart.server.playing.rules.PlayerProfile;
import io.mozart.server.playing.rules.PlayerResult;
import io.mozart.server.playing.rules.PlayerScore;
import io.mozart.server.playing.rules.ResultRules;
import io.mozart.server.playing.rules.SkillRules;
import io.mozart.server.playing.rules.StartGameRules;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.lobby.RoomStateChangedNotice;
import io.mozart.server.protocol.playing.ConfirmMusicLoadedRequest;
import io.mozart.server.protocol.playing.ExitPlayingRequest;
import io.mozart.server.protocol.playing.FinalizeRankRequest;
import io.mozart.server.protocol.playing.GameStatsUpdateNotice;
import io.mozart.server.protocol.playing.MatchResult;
import io.mozart.server.protocol.playing.MemberRanks;
import io.mozart.server.protocol.playing.ScoreSubmissionNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartGameRequest;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.playing.SubmitScoreRequest;
import io.mozart.server.protocol.playing.UpdateGameStatsRequest;
import io.mozart.server.protocol.playing.UserLeaveGameNotice;
import io.mozart.server.protocol.waiting.AcquireMusicNotice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Playing (spec 04): StartGame with its checks and charges, music loaded, live statistics, score submission,
 * results in one transaction, ExitPlaying, the music-load timeout, and what happens when a player leaves a running
 * game (set as the world's {@link World.GameLeaveHook}).
 */
public final class PlayingHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(PlayingHandlers.class);
    private static final int LIFE_MAX = 1000;
    private static final int TYPE_LIFE = 0;
    private static final int TYPE_JAM = 1;
    private static final int MUSIC_READY = 0;
    private static final int MUSIC_NO_MUSIC = 1;
    private static final int MUSIC_DOWNLOADING = 4;

    private final GameContext ctx;
    private final World world;
    private final Guards guards;
    private final AtomicLong generations = new AtomicLong();

    /**
     * Creates the handlers and installs the game-leave hook on the world.
     *
     * @param ctx    the game context
     * @param guards the guards
     */
    public PlayingHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.world = ctx.world();
        this.guards = guards;
        world.gameLeaveHook(this::left);
    }

    /** @param routes the routes builder */
    public void register(Routes.Builder routes) {
        routes.on(StartGameRequest.class, this::startGame, guards.roomMaster());
        routes.on(ConfirmMusicLoadedRequest.class, this::confirmMusicLoaded, guards.inRoom());
        routes.on(UpdateGameStatsRequest.class, this::updateGameStats, guards.inRoom());
        routes.on(SubmitScoreRequest.class, this::submitScore, guards.inRoom());
        routes.on(ExitPlayingRequest.class, this::exitPlaying, guards.inRoom());
        routes.on(FinalizeRankRequest.class, this::finalizeRank, guards.inRoom());
    }

    /**
     * @param room a room (lock held)
     * @return its current or last game, or {@code null}
     */
    private static Game game(Room room) {
        return Game.of(room);
    }

    // ---------------------------------------------------------------- StartGame

    /** What phase 1 of StartGame decided (under the lock). */
    private record StartPlan(Object refusal, Room room, int masterId, List<Integer> skills, List<Integer> charged) {}

    /** Rolls a start's storage transaction back. */
    private static final class StartRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    private Object startGame(Session session, StartGameRequest request) {
        Player master = Player.of(session);
        StartPlan plan = world.locked(() -> planStart(master));
        if (plan == null) {
            return null;
        }
        if (plan.refusal() != null) {
            return plan.refusal();
        }
        if (!plan.skills().isEmpty() || !plan.charged().isEmpty()) {
            try {
                ctx.storage().useTransaction(tx -> charge(tx, plan));
            } catch (StartRefused e) {
                LOG.info("{}: start refused: {}", master, e.getMessage());
                return StartGameNotice.failure(StartResult.GENERIC_ERROR);
            } catch (RuntimeException e) {
                LOG.warn("{}: start failed writing skills/cash: {}", master, e.toString());
                return StartGameNotice.failure(StartResult.GENERIC_ERROR);
            }
        }
        List<Player> refresh = world.locked(() -> begin(master, plan, session.server()));
        for (Player p : refresh) {
            if (p == master) {
                ctx.refresh(p);
            } else {
                p.session().execute(() -> refreshQuietly(p));
            }
        }
        return null;
    }

    private StartPlan planStart(Player master) {
        Room room = master.room();
        if (room == null || !room.isMaster(master)) {
            return null;
        }
        if (room.isPlaying()) {
            // The reference silently replaces the running game's tracker (spec 04 §12.12); Mozart refuses.
            LOG.info("{}: StartGame while {} is playing ignored", master, room);
            return null;
        }
        List<Slot> members = room.memberSlots();
        if (members.size() == 1 && !ctx.options().allowSoloInVersus()) {
            return refuse(StartResult.INSUFFICIENT_PLAYERS);
        }
        if (members.size() > 1) {
            List<Integer> teams = new ArrayList<>();
            boolean allReady = true;
            boolean allMusic = true;
            for (Slot s : members) {
                teams.add(s.team());
                allReady &= s.ready();
                allMusic &= s.musicState() == MUSIC_READY;
            }
            if (!StartGameRules.teamsBalanced(teams)) {
                return refuse(StartResult.TEAM_UNBALANCED);
            }
            if (!allReady) {
                return refuse(StartResult.NOT_READY);
            }
            if (!allMusic) {
                List<AcquireMusicNotice.Entry> entries = new ArrayList<>();
                for (Slot s : members) {
                    int state = s.musicState() == MUSIC_NO_MUSIC ? MUSIC_DOWNLOADING : s.musicState();
                    entries.add(new AcquireMusicNotice.Entry(s.index(), state & 0xFF));
                }
                Broadcast.send(room.members(), new AcquireMusicNotice(entries));
                return refuse(StartResult.NONE);
            }
        }
        List<Integer> skills = new ArrayList<>();
        for (Integer s : room.skills()) {
            if (s != null && s > 0) {
                skills.add(s);
            }
        }
        List<Integer> charged = new ArrayList<>();
        Channel channel = room.channel();
        if (!channel.freeMusic()) {
            Optional<Music> music = channel.music().find(room.musicId());
            if (music.isPresent() && music.get().purchasable()) {
                for (Slot s : members) {
                    Identity id = s.player().identity();
                    if (id.user().passes().activeFreePassType(ctx.clock().instant()) == 0) {
                        charged.add(id.userId());
                    }
                }
            }
        }
        return new StartPlan(null, room, master.userId(), skills, charged);
    }

    private static StartPlan refuse(StartResult result) {
        return new StartPlan(StartGameNotice.failure(result), null, 0, List.of(), List.of());
    }

    private void charge(Storage tx, StartPlan plan) {
        if (!plan.skills().isEmpty()) {
            int uid = plan.masterId();
            Loadout loadout = tx.inventories().find(uid).orElseThrow(() -> new StartRefused("master has no bag"));
            List<Integer> bag = new ArrayList<>(loadout.capacity());
            for (int i = 0; i < loadout.capacity(); i++) {
                bag.add(loadout.bagSlot(i));
            }
            Map<Integer, Integer> counts = new HashMap<>();
            for (AttributiveItem a : tx.attributiveItems().list(uid)) {
                counts.put(a.itemId(), a.count());
            }
            SkillRules.Consumption c = SkillRules.consume(plan.skills(), bag, counts);
            if (!c.satisfied()) {
                throw new StartRefused("master lacks skill items " + plan.skills());
            }
            for (int slot : c.emptiedBag()) {
                tx.inventories().writeBagSlot(uid, slot, 0, 0);
            }
            for (Map.Entry<Integer, Integer> e : c.counts().entrySet()) {
                if (e.getValue() <= 0) {
                    tx.attributiveItems().delete(uid, e.getKey());
                } else {
                    tx.attributiveItems().setCount(uid, e.getKey(), e.getValue());
                }
            }
        }
        for (int uid : plan.charged()) {
            Wallet w = tx.wallets().find(uid).orElse(Wallet.EMPTY);
            if (w.cashPoint() < StartGameRules.PAID_MUSIC_COST) {
                throw new StartRefused("user " + uid + " has " + w.cashPoint() + " cash points for paid music");
            }
            tx.wallets().adjust(uid, Wallet.cashPoints(-StartGameRules.PAID_MUSIC_COST));
        }
    }

    private List<Player> begin(Player master, StartPlan plan, EncoreServer server) {
        Room room = master.room();
        if (room != plan.room() || !room.isMaster(master) || room.isPlaying()) {
            LOG.warn("{}: room changed while the start was being charged; not started", master);
            return List.of();
        }
        Game game = new Game(generations.incrementAndGet(), room);
        Game previous = game(room);
        if (previous != null) {
            previous.cancelLoadTimer();
        }
        room.game(game);
        List<Integer> userIds = new ArrayList<>();
        List<Player> refresh = new ArrayList<>();
        for (Slot s : room.memberSlots()) {
            s.playingState(Slot.PLAYING_PLAYING);
            userIds.add(s.player().userId());
            if (s.player() == master || plan.charged().contains(s.player().userId())) {
                refresh.add(s.player());
            }
        }
        room.state(Room.PLAYING);
        Broadcast.send(room.members(), StartGameNotice.success(room.skillsSeed()));
        Broadcast.send(room.channel().outside(room), new RoomStateChangedNotice(room.number(), Room.PLAYING));
        game.settings(room.musicId(), room.difficulty());
        Duration timeout = ctx.options().musicLoadTimeout();
        if (!timeout.isZero() && !timeout.isNegative()) {
            game.loadTimer(server.scheduler()
                    .schedule(
                            () -> server.gameExecutor().execute(() -> loadTimeout(game)),
                            timeout.toMillis(),
                            TimeUnit.MILLISECONDS));
        }
        LOG.info("{}: started {}", master, game);
        ctx.events()
                .publish(new GameStarted(
                        room.channel().id(), room.number(), room.musicId(), room.difficulty(), userIds));
        return refresh;
    }

    private void refreshQuietly(Player p) {
        try {
            if (p.authorized()) {
                ctx.refresh(p);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: profile refresh failed: {}", p, e.toString());
        }
    }

    // ---------------------------------------------------------------- music load and timeout

    private Object confirmMusicLoaded(Session session, ConfirmMusicLoadedRequest request) {
        Player player = Player.of(session);
        world.locked(() -> {
            Room room = player.room();
            Game game = game(room);
            Slot slot = room == null ? null : room.slotOf(player);
            if (game == null || !game.running() || slot == null) {
                LOG.info("{}: music loaded outside a running game ignored", player);
                return;
            }
            if (game.tracked(player) != null) {
                LOG.info("{}: second music-loaded confirmation ignored", player);
                return;
            }
            if (slot.playingState() != Slot.PLAYING_PLAYING || game.trackedCount() >= room.capacity()) {
                LOG.info("{}: music loaded but not a player of {}", player, game);
                return;
            }
            game.track(player, slot.index(), slot.team());
            Broadcast.send(room.members(), new MusicLoadedNotice(slot.index(), Slot.PLAYING_PLAYING));
            slot.ready(false);
            if (allLoaded(game)) {
                game.cancelLoadTimer();
            }
        });
        return null;
    }

    private static boolean allLoaded(Game game) {
        for (Slot s : game.room().memberSlots()) {
            if (s.playingState() == Slot.PLAYING_PLAYING && game.tracked(s.player()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The music-load timeout (spec 04 §5): members of the game that never confirmed loading are thrown out of the
     * room and the channel and disconnected. Runs on the game executor; does nothing unless {@code game} is still
     * the room's running game (a timer can never reach a later game).
     *
     * @param game the game that armed the timer
     */
    void loadTimeout(Game game) {
        List<Player> victims = world.locked(() -> {
            Room room = game.room();
            if (game(room) != game || !game.running() || !room.isPlaying()) {
                return List.<Player>of();
            }
            game.loadTimer(null);
            List<Player> out = new ArrayList<>();
            for (Slot s : room.memberSlots()) {
                if (s.playingState() == Slot.PLAYING_PLAYING && game.tracked(s.player()) == null) {
                    out.add(s.player());
                }
            }
            for (Player p : out) {
                world.leaveChannel(p);
            }
            return out;
        });
        for (Player p : victims) {
            LOG.info("{}: did not load the music in time; disconnected", p);
            p.session().close("music load timeout");
        }
    }

    // ---------------------------------------------------------------- live stats and submit

    private Object updateGameStats(Session session, UpdateGameStatsRequest request) {
        Player player = Player.of(session);
        world.locked(() -> {
            Room room = player.room();
            Game game = game(room);
            Game.Tracked t = game == null || !game.running() ? null : game.tracked(player);
            if (t == null || t.life() == 0) {
                return;
            }
            if (request.type() == TYPE_LIFE) {
                if (request.value() > LIFE_MAX) {
                    return;
                }
                t.life(request.value());
            } else if (request.type() == TYPE_JAM) {
                t.jamCombo(request.value());
            } else {
                return;
            }
            t.live(request.score(), request.longNoteScore());
            if (room.isPlaying()) {
                Broadcast.sendDroppable(
                        room.members(),
                        new GameStatsUpdateNotice(
                                t.memberId(), request.type(), request.value(), MemberRanks.padded(game.standings())));
            }
        });
        return null;
    }

    private Object submitScore(Session session, SubmitScoreRequest r) {
        Player player = Player.of(session);
        Game done = world.locked(() -> {
            Room room = player.room();
            Game game = game(room);
            Game.Tracked t = game == null || !game.running() ? null : game.tracked(player);
            if (t == null) {
                LOG.info("{}: score without a running game ignored", player);
                return null;
            }
            PlayerScore score = new PlayerScore(
                    t.memberId(),
                    r.cool(),
                    r.good(),
                    r.bad(),
                    r.miss(),
                    r.maxCombo(),
                    r.maxJamCombo(),
                    r.score(),
                    r.life() > 0,
                    r.speed(),
                    r.longNoteScore());
            t.submit(score);
            Broadcast.send(room.members(), new ScoreSubmissionNotice(t.memberId()));
            ctx.events()
                    .publish(new ScoreSubmitted(
                            room.channel().id(),
                            room.number(),
                            player.userId(),
                            player.nickname(),
                            r.score(),
                            r.cool(),
                            r.good(),
                            r.bad(),
                            r.miss(),
                            r.maxCombo(),
                            score.clear()));
            return complete(game) ? game : null;
        });
        if (done != null) {
            finish(done);
        }
        return null;
    }

    /**
     * Decides whether the game is over: every member still playing has confirmed loading and submitted. When it is,
     * the game moves to FINISHING (results to write) or, with no submitted score at all, straight back to Waiting.
     *
     * @param game a running game (lock held)
     * @return whether results must be processed now (by the caller, outside the lock)
     */
    private boolean complete(Game game) {
        if (!game.running()) {
            return false;
        }
        for (Slot s : game.room().memberSlots()) {
            if (s.playingState() == Slot.PLAYING_PLAYING) {
                Game.Tracked t = game.tracked(s.player());
                if (t == null || !t.completed()) {
                    return false;
                }
            }
        }
        for (Game.Tracked t : game.trackedStates()) {
            if (!t.completed()) {
                return false;
            }
        }
        game.cancelLoadTimer();
        if (game.completedStates().isEmpty()) {
            game.stage(Game.Stage.FINISHED);
            backToWaiting(game.room());
            LOG.info("{}: ended without results", game);
            return false;
        }
        game.stage(Game.Stage.FINISHING);
        return true;
    }

    private void backToWaiting(Room room) {
        for (Slot s : room.memberSlots()) {
            s.ready(s.master());
            s.playingState(Slot.PLAYING_NONE);
        }
        room.state(Room.WAITING);
        if (room.channel().room(room.number()) == room) {
            Broadcast.send(room.channel().outside(room), new RoomStateChangedNotice(room.number(), Room.WAITING));
        }
    }

    // ---------------------------------------------------------------- results

    /** What result processing needs about one player, captured under the lock. */
    private record Participant(Player player, int userId, String nickname, int team, PlayerScore score) {}

    /**
     * Result processing (spec 04 §6) for a game in FINISHING: everything is computed and written in one storage
     * transaction; only after it committed are ScoreCompleted and the room reset sent. A failed or aborted
     * transaction leaves storage untouched and returns the room to Waiting without results.
     *
     * @param game the game
     */
    void finish(Game game) {
        List<Participant> players = new ArrayList<>();
        Channel channel = game.room().channel();
        world.locked(() -> {
            for (Game.Tracked t : game.completedStates()) {
                Player p = t.player();
                players.add(new Participant(p, p.userId(), p.nickname(), t.team(), t.submitted()));
            }
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
        world.locked(() -> {
            Room room = game.room();
            if (done != null && !done.aborted()) {
                Broadcast.send(room.members(), done.scoreCompleted());
            } else if (done != null) {
                LOG.warn("{}: a cleared score judged more notes than the chart has; no results", game);
            }
            game.stage(Game.Stage.FINISHED);
            if (game(room) == game && room.isPlaying()) {
                backToWaiting(room);
            }
        });
        if (done == null || done.aborted()) {
            return;
        }
        for (Participant p : players) {
            p.player().session().execute(() -> refreshQuietly(p.player()));
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

    // ---------------------------------------------------------------- leaving

    private Object exitPlaying(Session session, ExitPlayingRequest request) {
        Player player = Player.of(session);
        refreshQuietly(player);
        Instant now = ctx.clock().instant();
        Game done = world.locked(() -> {
            Room room = player.room();
            Game game = game(room);
            Slot slot = room == null ? null : room.slotOf(player);
            if (game == null || slot == null) {
                return null;
            }
            Game.Tracked t = game.tracked(player);
            if (t == null || t.exited()) {
                if (game.running() && slot.playingState() == Slot.PLAYING_PLAYING) {
                    // Never loaded and gave up: no longer a participant (the reference keeps waiting for it).
                    slot.playingState(Slot.PLAYING_WAITING);
                    return complete(game) ? game : null;
                }
                return null;
            }
            if (game.running() && t.completed()) {
                t.exit();
            } else {
                game.untrack(player);
            }
            slot.playingState(Slot.PLAYING_WAITING);
            Broadcast.send(room.members(), userLeaveGame(t.memberId(), player.identity(), now));
            return complete(game) ? game : null;
        });
        if (done != null) {
            finish(done);
        }
        return null;
    }

    private static UserLeaveGameNotice userLeaveGame(int memberId, Identity id, Instant now) {
        return new UserLeaveGameNotice(
                memberId,
                id.profile().progress().level(),
                id.user().wallet().cashPoint(),
                id.user().passes().activeFreePassType(now) & 0xFFFF_FFFFL);
    }

    /**
     * The world's game-leave hook: a member left a Playing room (exit, disconnect, kick, timeout). An unfinished
     * player is untracked; a player who already submitted keeps its result. Remaining members get UserLeaveGame;
     * when the leaver was the last one the game waited for, results are processed on the game executor.
     */
    private void left(Room room, Player player, int slotIndex) {
        Game game = game(room);
        if (game == null || !game.running()) {
            return;
        }
        Game.Tracked t = game.tracked(player);
        if (t != null) {
            if (!t.completed()) {
                game.untrack(player);
            }
            if (!t.exited()) {
                t.exit();
                Broadcast.send(
                        room.members(),
                        userLeaveGame(
                                t.memberId(), player.identity(), ctx.clock().instant()));
            }
        }
        if (complete(game)) {
            player.session().server().gameExecutor().execute(() -> finish(game));
        }
    }

    private Object finalizeRank(Session session, FinalizeRankRequest request) {
        LOG.debug("{}: FinalizeRank (no effect)", Player.of(session));
        return null;
    }
}
