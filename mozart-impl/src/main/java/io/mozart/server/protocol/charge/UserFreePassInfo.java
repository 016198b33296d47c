package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * UserFreePassInfo, the tail of SyncFreePass 0x13A2 (spec 05 §5): 33 + n bytes.
 *
 * @param gem              wallet Gem
 * @param point            wallet Point
 * @param o2Cash           wallet O2Cash
 * @param musicCash        wallet MusicCash
 * @param itemCash         wallet ItemCash
 * @param freePassType     FreePassType (u32); 1 when {@code Game.FreeMusic} is on, else the pass type (0 = none)
 * @param cashPoint        wallet CashPoint
 * @param remainingText    "" when the remaining time is zero, else the .NET constant TimeSpan text
 *                         {@code [-][d.]hh:mm:ss[.fffffff]} (the same formatter as AuthResponse's pass texts)
 * @param remainingSeconds whole seconds of the remaining time, truncated toward zero
 */
public record UserFreePassInfo(int gem, int point, int o2Cash, int musicCash, int itemCash, long freePassType,
                               int cashPoint, String remainingText, int remainingSeconds) {

    /** The wire codec. */
    public static final Codec<UserFreePassInfo> CODEC = StructCodec.of(
            Field.of("gem", Codecs.I32, UserFreePassInfo::gem),
            Field.of("point", Codecs.I32, UserFreePassInfo::point),
            Field.of("o2Cash", Codecs.I32, UserFreePassInfo::o2Cash),
            Field.of("musicCash", Codecs.I32, UserFreePassInfo::musicCash),
            Field.of("itemCash", Codecs.I32, UserFreePassInfo::itemCash),
            Field.of("freePassType", Codecs.U32, UserFreePassInfo::freePassType),
            Field.of("cashPoint", Codecs.I32, UserFreePassInfo::cashPoint),
            Field.of("remainingText", Codecs.cstr(), UserFreePassInfo::remainingText),
            Field.of("remainingSeconds", Codecs.I32, UserFreePassInfo::remainingSeconds),
            UserFreePassInfo::new);

    /**
     * Validates the ranges.
     *
     * @param gem              Gem
     * @param point            Point
     * @param o2Cash           O2Cash
     * @param musicCash        MusicCash
     * @param itemCash         ItemCash
     * @param freePassType     u32 pass type
     * @param cashPoint        CashPoint
     * @param remainingText    remaining time text
     * @param remainingSeconds remaining whole seconds
     */
    public UserFreePassInfo {
        if (freePassType < 0 || freePassType > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("freePassType out of u32 range: " + freePassType);
        }
        Objects.requireNonNull(remainingText, "remainingText");
    }
}
