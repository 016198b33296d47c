package io.mozart.server.protocol.playing;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeFrame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hex example of spec 04 that belongs to this area, byte-exact in both directions. */
class PlayingWireExamplesTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(PlayingPackets::register);

    private static void both(String expectedHex, Object packet) {
        assertWire(REGISTRY, packet, expectedHex);
    }

    private static Object decode(String frameHex) {
        return decodeFrame(REGISTRY, hex(frameHex));
    }

    @Test
    void startGameRequest() {
        // 04 §4 StartGame request: "frame is exactly 4 bytes: 04 00 AA 0F"
        both("04 00 AA 0F", StartGameRequest.INSTANCE);
    }

    @Test
    void startGameEvent() {
        // 04 §4 StartGame event: success = 12 bytes, error = 8 bytes (NotReady; None)
        both("0C 00 AB 0F 00 00 00 00 39 30 00 00", StartGameNotice.success(12345));
        both("08 00 AB 0F 01 00 00 00", StartGameNotice.failure(StartResult.NOT_READY));
        both("08 00 AB 0F FF FF FF FF", StartGameNotice.failure(StartResult.NONE));
        assertEquals(StartResult.NONE, ((StartGameNotice) decode("08 00 AB 0F FF FF FF FF")).startResult());
        // the seed is required after a success result
        assertThrows(DecodeException.class, () -> decode("08 00 AB 0F 00 00 00 00"));
        assertThrows(IllegalArgumentException.class, () -> new StartGameNotice(0, null));
        assertThrows(IllegalArgumentException.class, () -> new StartGameNotice(4, 1));
    }

    @Test
    void gameStatsUpdate() {
        // 04 §4 GameStatsUpdate example: members 2 and 0 tracked, 0 leads; member 2 reports Life 850
        both(
                "11 00 AF 0F 02 00 00 52 03 00 02 FF FF FF FF FF FF",
                new GameStatsUpdateNotice(2, GameUpdateStatsType.LIFE.wire(), 850, List.of(0, 2)));
    }

    @Test
    void scoreSubmission() {
        // 04 §4 ScoreSubmission, "05 00 B1 0F 01"
        both("05 00 B1 0F 01", new ScoreSubmissionNotice(1));
    }

    @Test
    void scoreCompletedWorkedFrame() {
        // 04 §4 ScoreCompleted worked frame (one player, memberId 0, cool 480, good 20, bad 0, miss 0,
        // maxCombo 500, maxJam 19, score 140000, reward 201, level 1, exp 955, Win, gem 201, cash 0, X1.0, LN 0)
        ScoreEntry e = new ScoreEntry(
                0, true, 480, 20, 0, 0, 500, 19, 140000, 201, 1, 955, MatchResult.WIN.wire(), 201, 0, 1, 0);
        both(
                "35 00 B2 0F 01 00 00 00  00 01 00 00 00 E0 01 14 00 00 00 00 00 F4 01 13 00"
                        + "E0 22 02 00 C9 00 01 00 00 00 BB 03 00 00 01 C9 00 00 00 00 00 00 00 01 00 00 00 00",
                new ScoreCompletedNotice(List.of(e)));
    }

    @Test
    void albumScoreCompletedAddsOneByteToActiveEntries() {
        // 04 §4 AlbumScoreCompleted: 46 bytes per active entry, inactive entries 5 bytes
        ScoreEntry e = new ScoreEntry(0, true, 480, 20, 0, 0, 500, 19, 140000, 201, 1, 955, 1, 201, 0, 1, 0);
        both(
                "3B 00 BD 0F 02 00 00 00  00 01 00 00 00 E0 01 14 00 00 00 00 00 F4 01 13 00"
                        + "E0 22 02 00 C9 00 01 00 00 00 BB 03 00 00 01 C9 00 00 00 00 00 00 00 01 00 00 00 00 00"
                        + "05 00 00 00 00",
                new AlbumScoreCompletedNotice(List.of(e, ScoreEntry.inactive(5))));
    }

    @Test
    void exitPlaying() {
        // 04 §4 ExitPlaying, frame "04 00 B5 0F"
        both("04 00 B5 0F", ExitPlayingRequest.INSTANCE);
    }

    @Test
    void finalizeRank() {
        // 04 §4 FinalizeRank, frame "04 00 C9 0F"
        both("04 00 C9 0F", FinalizeRankRequest.INSTANCE);
    }

    @Test
    void fixedFrameSizes() {
        // 04 §4: ConfirmMusicLoaded 8, UpdateGameStats 20, SubmitScore 28, UserLeaveGame 17, GameRankUpdate 12
        both("08 00 AC 0F 07 00 00 00", new ConfirmMusicLoadedRequest(7));
        both(
                "14 00 AE 0F 01 00 05 00 09 00 00 00 E0 22 02 00 FE FF FF FF",
                new UpdateGameStatsRequest(1, 5, 9, 140000, -2));
        both(
                "1C 00 B0 0F E0 01 14 00 00 00 00 00 F4 01 02 00 13 00 E0 22 02 00 64 01 00 00 00 00",
                new SubmitScoreRequest(480, 20, 0, 0, 500, 2, 19, 140000, 100, 1, 0));
        both("11 00 B6 0F 03 05 00 00 00 0A 00 00 00 40 00 00 00", new UserLeaveGameNotice(3, 5, 10, 0x40));
        both("0C 00 C8 0F 01 00 FF FF FF FF FF FF", new GameRankUpdateNotice(List.of(1, 0)));
    }

    @Test
    void rewardIsClampedToU16() {
        // 04 §4 ScoreEntry.reward: max(0, reward) truncated to 16 bits
        assertEquals(0, ScoreEntry.wireReward(-5));
        assertEquals(201, ScoreEntry.wireReward(201));
        assertEquals(0x0001, ScoreEntry.wireReward(0x10001));
    }
}
