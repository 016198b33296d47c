package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.U8;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;

/** One result line of ScoreCompleted / AlbumScoreCompleted (spec 04 §4). */
public record ScoreEntry(
        int memberId,
        boolean active,
        int cool,
        int good,
        int bad,
        int miss,
        int maxCombo,
        int jamCombo,
        long score,
        int reward,
        int level,
        int experience,
        int result,
        int gem,
        int cashPoint,
        int speed,
        int longNoteScore) {
    /** Bytes of an active entry (normal variant). */
    public static final int ACTIVE_SIZE = 45;
    /** Bytes of an inactive entry. */
    public static final int INACTIVE_SIZE = 5;
    /** Codec of the ScoreCompleted variant. */
    public static final Codec<ScoreEntry> CODEC = codec(false);
    /** Codec of the AlbumScoreCompleted variant (one extra trailing byte per active entry). */
    public static final Codec<ScoreEntry> ALBUM_CODEC = codec(true);

    public ScoreEntry {
        boolean anyValue = (cool
                                | good
                                | bad
                                | miss
                                | maxCombo
                                | jamCombo
                                | reward
                                | level
                                | experience
                                | result
                                | gem
                                | cashPoint
                                | speed
                                | longNoteScore)
                        != 0
                || score != 0;
        if (!active && anyValue) {
            throw new IllegalArgumentException("an inactive score entry carries no values");
        }
    }

    /** An inactive entry (5 bytes on the wire). The reference never produces one. */
    public static ScoreEntry inactive(int memberId) {
        return new ScoreEntry(memberId, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The reward as the wire carries it: {@code max(0, reward)} truncated to 16 bits (spec 04 §4). */
    public static int wireReward(int reward) {
        return Math.max(0, reward) & 0xFFFF;
    }

    public MatchResult matchResult() {
        return MatchResult.fromWire(result);
    }

    private static Codec<ScoreEntry> codec(boolean album) {
        return new Codec<>() {
            @Override
            public ScoreEntry read(ByteBuf in) {
                int memberId = Wire.read(in, "memberId", U8);
                if (!Wire.read(in, "active", BOOL32)) {
                    return inactive(memberId);
                }
                ScoreEntry e = new ScoreEntry(
                        memberId,
                        true,
                        Wire.read(in, "cool", U16),
                        Wire.read(in, "good", U16),
                        Wire.read(in, "bad", U16),
                        Wire.read(in, "miss", U16),
                        Wire.read(in, "maxCombo", U16),
                        Wire.read(in, "jamCombo", U16),
                        Wire.read(in, "score", U32),
                        Wire.read(in, "reward", U16),
                        Wire.read(in, "level", I32),
                        Wire.read(in, "experience", I32),
                        Wire.read(in, "result", U8),
                        Wire.read(in, "gem", I32),
                        Wire.read(in, "cashPoint", I32),
                        Wire.read(in, "speed", U8),
                        Wire.read(in, "longNoteScore", I32));
                if (album) {
                    Wire.read(in, "padding", U8);
                }
                return e;
            }

            @Override
            public void write(ByteBuf out, ScoreEntry e) {
                if (e == null) {
                    throw new EncodeException("required record is null");
                }
                Wire.write(out, "memberId", U8, e.memberId);
                Wire.write(out, "active", BOOL32, e.active);
                if (!e.active) {
                    return;
                }
                Wire.write(out, "cool", U16, e.cool);
                Wire.write(out, "good", U16, e.good);
                Wire.write(out, "bad", U16, e.bad);
                Wire.write(out, "miss", U16, e.miss);
                Wire.write(out, "maxCombo", U16, e.maxCombo);
                Wire.write(out, "jamCombo", U16, e.jamCombo);
                Wire.write(out, "score", U32, e.score);
                Wire.write(out, "reward", U16, e.reward);
                Wire.write(out, "level", I32, e.level);
                Wire.write(out, "experience", I32, e.experience);
                Wire.write(out, "result", U8, e.result);
                Wire.write(out, "gem", I32, e.gem);
                Wire.write(out, "cashPoint", I32, e.cashPoint);
                Wire.write(out, "speed", U8, e.speed);
                Wire.write(out, "longNoteScore", I32, e.longNoteScore);
                if (album) {
                    out.writeByte(0);
                }
            }
        };
    }
}
