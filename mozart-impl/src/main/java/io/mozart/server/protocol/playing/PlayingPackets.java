package io.mozart.server.protocol.playing;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Notice;
import io.mozart.server.protocol.Opcodes.Request;

/** Binds every playing record (spec 04, plus the StartGame pair of spec 03 §7) to its opcode. */
public final class PlayingPackets {
    private PlayingPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(Request.START_GAME, StartGameRequest.class, StartGameRequest.CODEC)
                .register(Notice.START_GAME, StartGameNotice.class, StartGameNotice.CODEC)
                .register(
                        Request.CONFIRM_MUSIC_LOADED, ConfirmMusicLoadedRequest.class, ConfirmMusicLoadedRequest.CODEC)
                .register(Request.UPDATE_GAME_STATS, UpdateGameStatsRequest.class, UpdateGameStatsRequest.CODEC)
                .register(Notice.GAME_STATS_UPDATE, GameStatsUpdateNotice.class, GameStatsUpdateNotice.CODEC)
                .register(Request.SUBMIT_SCORE, SubmitScoreRequest.class, SubmitScoreRequest.CODEC)
                .register(Notice.SCORE_SUBMISSION, ScoreSubmissionNotice.class, ScoreSubmissionNotice.CODEC)
                .register(Notice.SCORE_COMPLETED, ScoreCompletedNotice.class, ScoreCompletedNotice.CODEC)
                .register(
                        Notice.ALBUM_SCORE_COMPLETED, AlbumScoreCompletedNotice.class, AlbumScoreCompletedNotice.CODEC)
                .register(Request.EXIT_PLAYING, ExitPlayingRequest.class, ExitPlayingRequest.CODEC)
                .register(Notice.USER_LEAVE_GAME, UserLeaveGameNotice.class, UserLeaveGameNotice.CODEC)
                .register(Request.FINALIZE_RANK, FinalizeRankRequest.class, FinalizeRankRequest.CODEC)
                .register(Notice.GAME_RANK_UPDATE, GameRankUpdateNotice.class, GameRankUpdateNotice.CODEC);
    }
}
