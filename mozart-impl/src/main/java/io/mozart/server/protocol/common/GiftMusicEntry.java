package io.mozart.server.protocol.common;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * One unclaimed music gift (spec 05 §2 GiftMusicEntry, 02 §4 "MusicGift"): 9 + n bytes.
 *
 * @param giftId  gift row id, the value the client later sends as ClaimGift.giftId
 * @param musicId OJN music id
 * @param sender  sender's nickname as stored on the gift row
 */
public record GiftMusicEntry(int giftId, int musicId, String sender) {

    /** The wire codec. */
    public static final Codec<GiftMusicEntry> CODEC = StructCodec.of(
            Field.of("giftId", Codecs.I32, GiftMusicEntry::giftId),
            Field.of("musicId", Codecs.I32, GiftMusicEntry::musicId),
            Field.of("sender", Codecs.cstr(), GiftMusicEntry::sender),
            GiftMusicEntry::new);

    /**
     * Validates the entry.
     *
     * @param giftId  gift row id
     * @param musicId music id
     * @param sender  sender nickname, not null
     */
    public GiftMusicEntry {
        Objects.requireNonNull(sender, "sender");
    }
}
