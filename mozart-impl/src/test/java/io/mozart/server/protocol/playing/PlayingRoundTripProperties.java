package io.mozart.server.protocol.playing;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Round trips and robustness of every playing codec (spec 04). */
class PlayingRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(PlayingPackets::register);

    /** Frame length (prefix included) each record must encode to, from the spec's layouts. */
    private static final Map<Class<?>, ToIntFunction<Object>> FRAME_LENGTH = new LinkedHashMap<>();

    private static <T> void len(Class<T> type, ToIntFunction<T> f) {
        FRAME_LENGTH.put(type, o -> f.applyAsInt(type.cast(o)));
    }

    static {
        len(StartGameRequest.class, r -> 4);
        len(StartGameNotice.class, r -> r.result() == 0 ? 12 : 8);
        len(ConfirmMusicLoadedRequest.class, r -> 8);
        len(UpdateGameStatsRequest.class, r -> 20);
        len(GameStatsUpdateNotice.class, r -> 17);
        len(SubmitScoreRequest.class, r -> 28);
        len(ScoreSubmissionNotice.class, r -> 5);
        len(ScoreCompletedNotice.class, r -> 8 + r.entries().stream()
                .mapToInt(e -> e.active() ? ScoreEntry.ACTIVE_SIZE : ScoreEntry.INACTIVE_SIZE).sum());
        len(AlbumScoreCompletedNotice.class, r -> 8 + r.entries().stream()
                .mapToInt(e -> e.active() ? ScoreEntry.ACTIVE_SIZE + 1 : ScoreEntry.INACTIVE_SIZE).sum());
        len(ExitPlayingRequest.class, r -> 4);
        len(UserLeaveGameNotice.class, r -> 17);
        len(FinalizeRankRequest.class, r -> 4);
        len(GameRankUpdateNotice.class, r -> 12);
    }

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return PlayingArbitraries.all();
    }

    @Override
    protected int samplesPerRecord() {
        return 100;
    }

    /** Every record of the area has a length in the table; a record without one fails the round trip. */
    @Override
    protected boolean everyRecordHasASpecSize() {
        return true;
    }

    /** The table holds whole frame lengths: the body is what follows the length prefix and the opcode. */
    @Override
    protected OptionalInt expectedBodySize(final Object record) {
        final ToIntFunction<Object> frameLength = FRAME_LENGTH.get(record.getClass());
        return frameLength == null ? OptionalInt.empty() : OptionalInt.of(frameLength.applyAsInt(record) - 4);
    }

    @Example
    void theLengthTableCoversExactlyTheArbitraries() {
        assertEquals(PlayingArbitraries.all().keySet(), FRAME_LENGTH.keySet());
    }
}
