package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.U8;

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
                int memberId = Wire.read(in, "memberId", U8);
                if (!Wire.read(in, "active", BOOL32)) {
                    return inactive(memberId);
                }
                ScoreEntry e = new ScoreEntry(memberId, true, Wire.read(in, "cool", U16), Wire.read(in, "good", U16),
                        Wire.read(in, "bad", U16), Wire.read(in, "miss", U16), Wire.read(in, "maxCombo", U16),
                        Wire.read(in, "jamCombo", U16), Wire.read(in, "score", U32), Wire.read(in, "reward", U16),
                        Wire.read(in, "level", I32), Wire.read(in, "experience", I32), Wire.read(in, "result", U8),
                        Wire.read(in, "gem", I32), Wire.read(in, "cashPoint", I32), Wire.read(in, "speed", U8),
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
