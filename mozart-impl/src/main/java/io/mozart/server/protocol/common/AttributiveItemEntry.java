package io.mozart.server.protocol.common;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;

/** One stackable ("attributive") bag item and its remaining uses (spec 05 §2, 02 §4 "AttributiveItem"), 8 bytes. */
public record AttributiveItemEntry(int itemId, int count) {
    public static final int SIZE = 8;
    public static final Codec<AttributiveItemEntry> CODEC = of(
            of("itemId", I32, AttributiveItemEntry::itemId),
            of("count", I32, AttributiveItemEntry::count),
            AttributiveItemEntry::new);
}
