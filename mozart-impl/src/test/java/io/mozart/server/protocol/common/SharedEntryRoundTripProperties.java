package io.mozart.server.protocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ProtocolFrames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The nested structures of spec 05 §2 round-trip on their own and have their documented sizes.
 */
class SharedEntryRoundTripProperties {

    @Provide
    Arbitrary<Object> entries() {
        return ProtocolFrames.anyOf(SharedEntryArbitraries.all());
    }

    @Property(tries = 500)
    void entriesRoundTripWithTheirSizes(@ForAll("entries") Object entry) {
        ByteBuf buf = Unpooled.buffer();
        try {
            int size = write(buf, entry);
            assertEquals(size, buf.readableBytes());
            Object back = read(buf, entry);
            assertEquals(entry, back);
            assertEquals(0, buf.readableBytes());
        } finally {
            buf.release();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Codec<T> codecOf(Object entry) {
        if (entry instanceof AttributiveItemEntry) {
            return (Codec<T>) AttributiveItemEntry.CODEC;
        } else if (entry instanceof GiftItemEntry) {
            return (Codec<T>) GiftItemEntry.CODEC;
        } else if (entry instanceof GiftMusicEntry) {
            return (Codec<T>) GiftMusicEntry.CODEC;
        }
        return (Codec<T>) MusicPremiumEntry.CODEC;
    }

    private static int write(ByteBuf buf, Object entry) {
        codecOf(entry).write(buf, entry);
        if (entry instanceof AttributiveItemEntry) {
            return AttributiveItemEntry.SIZE;
        } else if (entry instanceof GiftItemEntry g) {
            return 9 + ProtocolFrames.utf8(g.sender());
        } else if (entry instanceof GiftMusicEntry g) {
            return 9 + ProtocolFrames.utf8(g.sender());
        }
        return MusicPremiumEntry.SIZE;
    }

    private static Object read(ByteBuf buf, Object like) {
        return codecOf(like).read(buf);
    }
}
