package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.common.Ranges;
import io.netty.buffer.ByteBuf;

/**
 * One result line of ScoreCompleted / AlbumScoreCompleted (spec 04 §4).
 *
 * <p>Wire (active, 45 bytes): {@code u8 memberId}, {@code bool→i32 active = 1}, {@code u16} cool, good, bad,
 * miss, maxCombo, jamCombo, {@code u32 score}, {@code u16 reward}, {@code i32} level, experience,
 * {@code u8 result}, {@code i32} gem, cashPoint, {@code u8 speed}, {@code i32 longNoteScore}; the album variant
 * adds one trailing {@code u8} (always written 0, ignored on decode). An inactive entry (never produced by the
 * reference) is only {@code memberId} and {@code active = 0} (5 bytes); its other components are all 0.
 *
 * @param memberId      slot index
 * @param active        whether the entry carries results
 * @param cool          as submitted
 * @param good          as submitted
 * @param bad           as submitted
 * @param miss          as submitted
 * @param maxCombo      as submitted
 * @param jamCombo      the submitted <em>maxJamCombo</em>
 * @param score         {@code u32} as submitted
 * @param reward        {@code u16} gems earned this game (see {@link #wireReward})
 * @param level         level after this game
 * @param experience    total experience after this game
 * @param result        {@code u8} MatchResult: 0 Draw, 1 Win, 2 Lose
 * @param gem           total gems after this game
 * @param cashPoint     current cash points
 * @param speed         {@code u8} GameSpeed as submitted
 * @param longNoteScore as submitted
 */
public record ScoreEntry(int memberId, boolean active, int cool, int good, int bad, int miss, int maxCombo,
                         int jamCombo, long score, int reward, int level, int experience, int result, int gem,
                         int cashPoint, int speed, int longNoteScore) {

    /** Bytes of an active entry (normal variant). */
    public static final int ACTIVE_SIZE = 45;

    /** Bytes of an inactive entry. */
    public static final int INACTIVE_SIZE = 5;

    /** Codec of the ScoreCompleted variant. */
    public static final Codec<ScoreEntry> CODEC = codec(false);

    /** Codec of the AlbumScoreCompleted variant (one extra trailing byte per active entry). */
    public static final Codec<ScoreEntry> ALBUM_CODEC = codec(true);

    public ScoreEntry {
        Ranges.u8("memberId", memberId);
        Ranges.u16("cool", cool);
        Ranges.u16("good", good);
        Ranges.u16("bad", bad);
        Ranges.u16("miss", miss);
        Ranges.u16("maxCombo", maxCombo);
        Ranges.u16("jamCombo", jamCombo);
        Ranges.u32("score", score);
        Ranges.u16("reward", reward);
        Ranges.u8("result", result);
        Ranges.u8("speed", speed);
        boolean anyValue = (cool | good | bad | miss | maxCombo | jamCombo | reward | level | experience | result
                | gem | cashPoint | speed | longNoteScore) != 0 || score != 0;
        if (!active && anyValue) {
            throw new IllegalArgumentException("an inactive score entry carries no values");
        }
    }

    /**
     * An inactive entry (5 bytes on the wire). The reference never produces one.
     *
     * @param memberId slot index
     * @return the entry
     */
    public static ScoreEntry inactive(int memberId) {
        return new ScoreEntry(memberId, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * The reward as the wire carries it: {@code max(0, reward)} truncated to 16 bits (spec 04 §4).
     *
     * @param reward the gem reward of this game
     * @return the u16 value
     */
    public static int wireReward(int reward) {
        return Math.max(0, reward) & 0xFFFF;
    }

    /** @return the result as an enum */
    public MatchResult matchResult() {
        return MatchResult.fromWire(result);
    }

    private static Codec<ScoreEntry> codec(boolean album) {
        return new Codec<>() {
            @Override
            public ScoreEntry read(ByteBuf in) {
                int memberId = u8(in, "memberId");
                boolean active = i32(in, "active") != 0;
                if (!active) {
                    return inactive(memberId);
                }
                int cool = u16(in, "cool");
                int good = u16(in, "good");
                int bad = u16(in, "bad");
                int miss = u16(in, "miss");
                int maxCombo = u16(in, "maxCombo");
                int jamCombo = u16(in, "jamCombo");
                long score = i32(in, "score") & 0xFFFFFFFFL;
                int reward = u16(in, "reward");
                int level = i32(in, "level");
                int experience = i32(in, "experience");
                int result = u8(in, "result");
                int gem = i32(in, "gem");
                int cashPoint = i32(in, "cashPoint");
                int speed = u8(in, "speed");
                int longNoteScore = i32(in, "longNoteScore");
                if (album) {
                    u8(in, "padding");
                }
                return new ScoreEntry(memberId, true, cool, good, bad, miss, maxCombo, jamCombo, score, reward,
                        level, experience, result, gem, cashPoint, speed, longNoteScore);
            }

            @Override
            public void write(ByteBuf out, ScoreEntry e) {
                if (e == null) {
                    throw new EncodeException("required record is null");
                }
                out.writeByte(e.memberId);
                out.writeIntLE(e.active ? 1 : 0);
                if (!e.active) {
                    return;
                }
                out.writeShortLE(e.cool);
                out.writeShortLE(e.good);
                out.writeShortLE(e.bad);
                out.writeShortLE(e.miss);
                out.writeShortLE(e.maxCombo);
                out.writeShortLE(e.jamCombo);
                out.writeIntLE((int) e.score);
                out.writeShortLE(e.reward);
                out.writeIntLE(e.level);
                out.writeIntLE(e.experience);
                out.writeByte(e.result);
                out.writeIntLE(e.gem);
                out.writeIntLE(e.cashPoint);
                out.writeByte(e.speed);
                out.writeIntLE(e.longNoteScore);
                if (album) {
                    out.writeByte(0);
                }
            }
        };
    }

    private static void need(ByteBuf in, int n, String field) {
        if (in.readableBytes() < n) {
            throw DecodeException.at(in.readerIndex(), "needs " + n + " bytes, " + in.readableBytes() + " left")
                    .within(field);
        }
    }

    private static int u8(ByteBuf in, String field) {
        need(in, 1, field);
        return in.readUnsignedByte();
    }

    private static int u16(ByteBuf in, String field) {
        need(in, 2, field);
        return in.readUnsignedShortLE();
    }

    private static int i32(ByteBuf in, String field) {
        need(in, 4, field);
        return in.readIntLE();
    }
}
