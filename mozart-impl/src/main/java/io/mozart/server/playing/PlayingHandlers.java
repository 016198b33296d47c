package io.mozart.server.playing;

import io.mozart.encore.route.Routes;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameRoutes;
import io.mozart.server.game.Guards;
import io.mozart.server.game.World;
import io.mozart.server.protocol.playing.ConfirmMusicLoadedRequest;
import io.mozart.server.protocol.playing.ExitPlayingRequest;
import io.mozart.server.protocol.playing.FinalizeRankRequest;
import io.mozart.server.protocol.playing.StartGameRequest;
import io.mozart.server.protocol.playing.SubmitScoreRequest;
import io.mozart.server.protocol.playing.UpdateGameStatsRequest;

/**
 * Playing (spec 04), split by flow: {@link StartGameFlow} (StartGame with its checks and charges),
 * {@link LiveGameFlow} (music loaded, live statistics, score submission, ExitPlaying, the music-load timeout and
 * leaving a running game, installed as the world's {@link World.GameLeaveHook}) and {@link ResultsFlow} (results in
 * one transaction).
 */
public final class PlayingHandlers {

    private final Guards guards;
    private final StartGameFlow start;
    private final LiveGameFlow live;

    /**
     * Creates the flows and installs the game-leave hook on the world.
     *
     * @param ctx    the game context
     * @param guards the guards
     */
    public PlayingHandlers(GameContext ctx, Guards guards) {
        this.guards = guards;
        ResultsFlow results = new ResultsFlow(ctx);
        this.live = new LiveGameFlow(ctx, results);
        this.start = new StartGameFlow(ctx, live);
        ctx.world().gameLeaveHook(live::left);
    }

    /** @param builder the routes builder */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.onBlocking(StartGameRequest.class, start::startGame, guards.roomMaster());
        routes.on(ConfirmMusicLoadedRequest.class, live::confirmMusicLoaded, guards.inRoom());
        routes.onInline(UpdateGameStatsRequest.class, live::updateGameStats, guards.inRoom());
        routes.onBlocking(SubmitScoreRequest.class, live::submitScore, guards.inRoom());
        routes.onBlocking(ExitPlayingRequest.class, live::exitPlaying, guards.inRoom());
        routes.on(FinalizeRankRequest.class, live::finalizeRank, guards.inRoom());
    }
}
