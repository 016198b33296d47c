package io.mozart.server.protocol.common;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * One unclaimed music gift (spec 05 §2 GiftMusicEntry, 02 §4 "MusicGift"): 9 + n bytes.
 *
 * @param giftId  gift row id, the value the client later sends as ClaimGift.giftId
 * @param musicId OJN music id
 * @param sender  sender's nickname as stored on the gift row
 */
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
