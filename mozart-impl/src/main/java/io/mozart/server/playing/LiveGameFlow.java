package io.mozart.server.playing;

import io.mozart.api.event.ScoreSubmitted;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.Held;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.game.PlayingState;
import io.mozart.server.game.Room;
import io.mozart.server.game.Slot;
import io.mozart.server.game.World;
import io.mozart.server.playing.rules.PlayerScore;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.playing.ConfirmMusicLoadedRequest;
import io.mozart.server.protocol.playing.ExitPlayingRequest;
import io.mozart.server.protocol.playing.FinalizeRankRequest;
import io.mozart.server.protocol.playing.GameStatsUpdateNotice;
import io.mozart.server.protocol.playing.ScoreSubmissionNotice;
import io.mozart.server.protocol.playing.SubmitScoreRequest;
import io.mozart.server.protocol.playing.UpdateGameStatsRequest;
import io.mozart.server.protocol.playing.UserLeaveGameNotice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running game (spec 04 §4, §5, §7, §8): music loaded and its timeout, live statistics relayed to the room, score
 * submission, ExitPlaying, and what happens when a member leaves a running game (the world's
 * {@link World.GameLeaveHook}). Every step holds the room's channel; results are handed to {@link ResultsFlow}.
 */
final class LiveGameFlow {

    private static final Logger LOG = LoggerFactory.getLogger(LiveGameFlow.class);
    private static final int LIFE_MAX = 1000;
    private static final int TYPE_LIFE = 0;
    private static final int TYPE_JAM = 1;

    private final GameContext ctx;
    private final World world;
    private final ResultsFlow results;

    LiveGameFlow(GameContext ctx, ResultsFlow results) {
        this.ctx = ctx;
        this.world = ctx.world();
        this.results = results;
    }

    void refreshQuietly(Player p) {
        results.refreshQuietly(p);
    }

    Reply confirmMusicLoaded(Session session, ConfirmMusicLoadedRequest request) {
        Player player = Player.of(session);
        world.runInChannelOf(player, h -> {
            Room room = player.room();
            Game game = Game.of(room);
            Slot slot = room == null ? null : room.slotOf(player);
            if (game == null || !game.running() || slot == null) {
                LOG.info("{}: music loaded outside a running game ignored", player);
                return;
            }
            if (game.tracked(player) != null) {
                LOG.info("{}: second music-loaded confirmation ignored", player);
                return;
            }
            if (slot.playingState() != PlayingState.PLAYING || game.trackedCount() >= room.capacity()) {
                LOG.info("{}: music loaded but not a player of {}", player, game);
                return;
            }
            game.track(h, player, slot.index(), slot.team());
            Broadcast.send(room.members(), new MusicLoadedNotice(slot.index(), PlayingState.PLAYING.wire()));
            slot.ready(h, false);
            if (allLoaded(game)) {
                game.cancelLoadTimer(h);
            }
        });
        return null;
    }

    private static boolean allLoaded(Game game) {
        for (Slot s : game.room().memberSlots()) {
            if (s.playingState() == PlayingState.PLAYING && game.tracked(s.player()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The music-load timeout (spec 04 §5): members of the game that never confirmed loading are thrown out of the
     * room and the channel and disconnected. Does nothing unless {@code game} is still the room's running game (a
     * timer can never reach a later game).
     *
     * @param game the game that armed the timer
     */
    void loadTimeout(Game game) {
        List<Player> victims = game.room().channel().call(h -> {
            Room room = game.room();
            if (Game.of(room) != game || !game.running() || !room.isPlaying()) {
                return List.<Player>of();
            }
            game.loadTimer(h, null);
            List<Player> out = new ArrayList<>();
            for (Slot s : room.memberSlots()) {
                if (s.playingState() == PlayingState.PLAYING && game.tracked(s.player()) == null) {
                    out.add(s.player());
                }
            }
            for (Player p : out) {
                h.leaveChannel(p);
            }
            return out;
        });
        for (Player p : victims) {
            LOG.info("{}: did not load the music in time; disconnected", p);
            p.session().close("music load timeout");
        }
    }

    Reply updateGameStats(Session session, UpdateGameStatsRequest request) {
        Player player = Player.of(session);
        Room room = player.room();
        if (room == null) {
            return null;
        }
        room.channel().run(h -> {
            Game game = Game.of(room);
            Game.Tracked t = player.room() != room || game == null || !game.running() ? null : game.tracked(player);
            if (t == null || t.life() == 0) {
                return;
            }
            if (request.type() == TYPE_LIFE) {
                if (request.value() > LIFE_MAX) {
                    return;
                }
                t.life(h, request.value());
            } else if (request.type() == TYPE_JAM) {
                t.jamCombo(h, request.value());
            } else {
                return;
            }
            t.live(h, request.score(), request.longNoteScore());
            if (room.isPlaying()) {
                Broadcast.sendDroppable(
                        room.members(),
                        new GameStatsUpdateNotice(t.memberId(), request.type(), request.value(), game.ranks()));
            }
        });
        return null;
    }

    Reply submitScore(Session session, SubmitScoreRequest r) {
        Player player = Player.of(session);
        Game done = world.inChannelOf(player, h -> {
            Room room = player.room();
            Game game = Game.of(room);
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
            t.submit(h, score);
            Broadcast.send(room.members(), new ScoreSubmissionNotice(t.memberId()));
            h.publish(new ScoreSubmitted(
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
            return complete(h, game) ? game : null;
        });
        if (done != null) {
            results.finish(done);
        }
        return null;
    }

    /**
     * Decides whether the game is over: every member still playing has confirmed loading and submitted. When it is,
     * the game moves to FINISHING (results to write) or, with no submitted score at all, straight back to Waiting.
     *
     * @return whether results must be processed now (by the caller, without holding the channel)
     */
    private boolean complete(Held h, Game game) {
        if (!game.running()) {
            return false;
        }
        for (Slot s : game.room().memberSlots()) {
            if (s.playingState() == PlayingState.PLAYING) {
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
        game.cancelLoadTimer(h);
        if (game.completedStates().isEmpty()) {
            game.stage(h, Game.Stage.FINISHED);
            ResultsFlow.backToWaiting(h, game.room());
            LOG.info("{}: ended without results", game);
            return false;
        }
        game.stage(h, Game.Stage.FINISHING);
        return true;
    }

    Reply exitPlaying(Session session, ExitPlayingRequest request) {
        Player player = Player.of(session);
        refreshQuietly(player);
        Instant now = ctx.clock().instant();
        Game done = world.inChannelOf(player, h -> {
            Room room = player.room();
            Game game = Game.of(room);
            Slot slot = room == null ? null : room.slotOf(player);
            if (game == null || slot == null) {
                return null;
            }
            Game.Tracked t = game.tracked(player);
            if (t == null || t.exited()) {
                if (game.running() && slot.playingState() == PlayingState.PLAYING) {
                    // Never loaded and gave up: no longer a participant (the reference keeps waiting for it).
                    slot.playingState(h, PlayingState.WAITING);
                    return complete(h, game) ? game : null;
                }
                return null;
            }
            if (game.running() && t.completed()) {
                t.exit(h);
            } else {
                game.untrack(h, player);
            }
            slot.playingState(h, PlayingState.WAITING);
            Broadcast.send(room.members(), userLeaveGame(t.memberId(), player.identity(), now));
            return complete(h, game) ? game : null;
        });
        if (done != null) {
            results.finish(done);
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
     * when the leaver was the last one the game waited for, results are processed after the channel is released.
     */
    void left(Held h, Room room, Player player, int slotIndex) {
        Game game = Game.of(room);
        if (game == null || !game.running()) {
            return;
        }
        Game.Tracked t = game.tracked(player);
        if (t != null) {
            if (!t.completed()) {
                game.untrack(h, player);
            }
            if (!t.exited()) {
                t.exit(h);
                Broadcast.send(
                        room.members(),
                        userLeaveGame(
                                t.memberId(), player.identity(), ctx.clock().instant()));
            }
        }
        if (complete(h, game)) {
            results.finishLater(player.session(), game);
        }
    }

    Reply finalizeRank(Session session, FinalizeRankRequest request) {
        LOG.debug("{}: FinalizeRank (no effect)", Player.of(session));
        return null;
    }
}
