package io.mozart.server.protocol.common;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/** One unclaimed music gift (spec 05 §2 GiftMusicEntry, 02 §4 "MusicGift"): 9 + n bytes. */
public record GiftMusicEntry(int giftId, int musicId, String sender) {
    public static final Codec<GiftMusicEntry> CODEC = of(
            of("giftId", I32, GiftMusicEntry::giftId),
            of("musicId", I32, GiftMusicEntry::musicId),
            of("sender", cstr(), GiftMusicEntry::sender),
            GiftMusicEntry::new);

    public GiftMusicEntry {
        Objects.requireNonNull(sender, "sender");
    }
}
