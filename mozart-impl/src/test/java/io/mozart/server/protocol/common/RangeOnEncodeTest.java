package io.mozart.server.protocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.messaging.WaitingUserMessageResponse;
import io.mozart.server.protocol.playing.ScoreEntry;
import io.mozart.server.protocol.ranking.MusicScoreListResponse;
import io.mozart.server.protocol.waiting.AcquireMusicRequest;
import io.mozart.server.protocol.waiting.MusicStateChangedNotice;
import io.mozart.server.protocol.waiting.SetRoomTeamRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records no longer repeat the codec's width checks in their constructors: a value the wire cannot carry is
 * refused when it is encoded, with the field named, and a value the game must not see (an {@code i32} that has
 * to fit a byte) is still refused by the constructor.
 */
class RangeOnEncodeTest {

    private static <T> EncodeException encodeFails(Codec<T> codec, T value) {
        ByteBuf out = Unpooled.buffer();
        try {
            return assertThrows(EncodeException.class, () -> codec.write(out, value));
        } finally {
            out.release();
        }
    }

    @Test
    void structFieldOutOfRangeNamesTheField() {
        EncodeException e = encodeFails(MusicStateChangedNotice.CODEC, new MusicStateChangedNotice(1, 256, 0));
        assertEquals("playingState", e.path());
        assertEquals(
                "musicId",
                encodeFails(MusicPremiumEntry.CODEC, new MusicPremiumEntry(0x10000, 0, 0, 0, 0, 0))
                        .path());
    }

    @Test
    void handWrittenCodecsNameTheField() {
        ScoreEntry entry = new ScoreEntry(0, true, 70_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals("cool", encodeFails(ScoreEntry.CODEC, entry).path());
        assertEquals(
                "score",
                encodeFails(ScoreEntry.CODEC, new ScoreEntry(0, true, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0))
                        .path());
        assertEquals(
                "index",
                encodeFails(JoinRoomResponse.SlotInfo.CODEC, JoinRoomResponse.SlotInfo.vacant(300))
                        .path());
        assertEquals(
                "memberId",
                encodeFails(WaitingUserMessageResponse.CODEC, new WaitingUserMessageResponse("a", new byte[] {1}, -1))
                        .path());
        assertEquals(
                "memberIds[1]",
                encodeFails(AcquireMusicRequest.CODEC, new AcquireMusicRequest(List.of(1, 256)))
                        .path());
        assertEquals(
                "rankHx",
                encodeFails(
                                MusicScoreListResponse.ScoreEntry.CODEC,
                                new MusicScoreListResponse.ScoreEntry(1, 0, 0, 0, 0, 0, 256))
                        .path());
    }

    @Test
    void semanticRangesStayInTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> new SetRoomTeamRequest(256));
        assertThrows(IllegalArgumentException.class, () -> Ranges.u8("x", -1));
        assertEquals(255, Ranges.u8("x", 255));
    }
}
