package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import java.util.List;

/** MusicPremiumTimeList, S→C event 0x07EA (spec 02 §6.8), pushed after CharacterInfo. */
public record MusicPremiumTimeListNotice(List<MusicPremiumEntry> entries) implements ServerMessage {
    public static final Codec<MusicPremiumTimeListNotice> CODEC = of(
            of("entries", listI32(MusicPremiumEntry.CODEC), MusicPremiumTimeListNotice::entries),
            MusicPremiumTimeListNotice::new);

    public MusicPremiumTimeListNotice {
        entries = List.copyOf(entries);
    }
}
