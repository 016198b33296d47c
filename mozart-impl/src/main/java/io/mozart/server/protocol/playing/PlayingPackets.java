package io.mozart.server.protocol.playing;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes;

/**
 * Binds every playing record (spec 04, plus the StartGame pair of spec 03 §7) to its opcode. MusicLoaded
 * (0x0FAD) is registered by the lobby area, AcquireMusic (0x0FC3) by {@code WaitingPackets}.
 */
public final class PlayingPackets {

    private PlayingPackets() {
    }

    /**
     * Registers the area.
     *
     * @param builder the registry builder
     */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(Opcodes.Request.START_GAME, StartGameRequest.class, StartGameRequest.CODEC)
                .register(Opcodes.Notice.START_GAME, StartGameNotice.class, StartGameNotice.CODEC)
                .register(Opcodes.Request.CONFIRM_MUSIC_LOADED, ConfirmMusicLoadedRequest.class,
                        ConfirmMusicLoadedRequest.CODEC)
                .register(Opcodes.Request.UPDATE_GAME_STATS, UpdateGameStatsRequest.class,
                        UpdateGameStatsRequest.CODEC)
                .register(Opcodes.Notice.GAME_STATS_UPDATE, GameStatsUpdateNotice.class, GameStatsUpdateNotice.CODEC)
                .register(Opcodes.Request.SUBMIT_SCORE, SubmitScoreRequest.class, SubmitScoreRequest.CODEC)
                .register(Opcodes.Notice.SCORE_SUBMISSION, ScoreSubmissionNotice.class, ScoreSubmissionNotice.CODEC)
                .register(Opcodes.Notice.SCORE_COMPLETED, ScoreCompletedNotice.class, ScoreCompletedNotice.CODEC)
                .register(Opcodes.Notice.ALBUM_SCORE_COMPLETED, AlbumScoreCompletedNotice.class,
                        AlbumScoreCompletedNotice.CODEC)
                .register(Opcodes.Request.EXIT_PLAYING, ExitPlayingRequest.class, ExitPlayingRequest.CODEC)
                .register(Opcodes.Notice.USER_LEAVE_GAME, UserLeaveGameNotice.class, UserLeaveGameNotice.CODEC)
                .register(Opcodes.Request.FINALIZE_RANK, FinalizeRankRequest.class, FinalizeRankRequest.CODEC)
                .register(Opcodes.Notice.GAME_RANK_UPDATE, GameRankUpdateNotice.class, GameRankUpdateNotice.CODEC);
    }
}
