package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/** UserFreePassInfo, the tail of SyncFreePass 0x13A2 (spec 05 §5): 33 + n bytes. */
public record UserFreePassInfo(
        int gem,
        int point,
        int o2Cash,
        int musicCash,
        int itemCash,
        long freePassType,
        int cashPoint,
        String remainingText,
        int remainingSeconds) {
    public static final Codec<UserFreePassInfo> CODEC = of(
            of("gem", I32, UserFreePassInfo::gem),
            of("point", I32, UserFreePassInfo::point),
            of("o2Cash", I32, UserFreePassInfo::o2Cash),
            of("musicCash", I32, UserFreePassInfo::musicCash),
            of("itemCash", I32, UserFreePassInfo::itemCash),
            of("freePassType", U32, UserFreePassInfo::freePassType),
            of("cashPoint", I32, UserFreePassInfo::cashPoint),
            of("remainingText", cstr(), UserFreePassInfo::remainingText),
            of("remainingSeconds", I32, UserFreePassInfo::remainingSeconds),
            UserFreePassInfo::new);

    public UserFreePassInfo {
        Objects.requireNonNull(remainingText, "remainingText");
    }
}
