package io.mozart.server.protocol.lobby;

import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * MusicPremiumTimeList, S→C event 0x07EA (spec 02 §6.8), pushed after CharacterInfo.
 *
 * @param entries the entries ({@code i32} count)
 */
public record MusicPremiumTimeListNotice(List<MusicPremiumEntry> entries) {

    /** Wire codec. */
    public static final Codec<MusicPremiumTimeListNotice> CODEC = StructCodec.of(
            Field.of("entries", Codecs.listI32(MusicPremiumEntry.CODEC), MusicPremiumTimeListNotice::entries),
            MusicPremiumTimeListNotice::new);

    /**
     * Copies the list.
     */
    public MusicPremiumTimeListNotice {
        entries = List.copyOf(entries);
    }

}
