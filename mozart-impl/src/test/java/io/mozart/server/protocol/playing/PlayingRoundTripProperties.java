package io.mozart.server.protocol.playing;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.FrameLengthProperties;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/** Round trips and robustness of every playing codec (spec 04). */
class PlayingRoundTripProperties extends FrameLengthProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(PlayingPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return PlayingArbitraries.all();
    }

    @Override
    protected void frameLengths(Table t) {
        t.len(StartGameRequest.class, r -> 4);
        t.len(StartGameNotice.class, r -> r.result() == 0 ? 12 : 8);
        t.len(ConfirmMusicLoadedRequest.class, r -> 8);
        t.len(UpdateGameStatsRequest.class, r -> 20);
        t.len(GameStatsUpdateNotice.class, r -> 17);
        t.len(SubmitScoreRequest.class, r -> 28);
        t.len(ScoreSubmissionNotice.class, r -> 5);
        t.len(
                ScoreCompletedNotice.class,
                r -> 8
                        + r.entries().stream()
                                .mapToInt(e -> e.active() ? ScoreEntry.ACTIVE_SIZE : ScoreEntry.INACTIVE_SIZE)
                                .sum());
        t.len(
                AlbumScoreCompletedNotice.class,
                r -> 8
                        + r.entries().stream()
                                .mapToInt(e -> e.active() ? ScoreEntry.ACTIVE_SIZE + 1 : ScoreEntry.INACTIVE_SIZE)
                                .sum());
        t.len(ExitPlayingRequest.class, r -> 4);
        t.len(UserLeaveGameNotice.class, r -> 17);
        t.len(FinalizeRankRequest.class, r -> 4);
        t.len(GameRankUpdateNotice.class, r -> 12);
    }
}
