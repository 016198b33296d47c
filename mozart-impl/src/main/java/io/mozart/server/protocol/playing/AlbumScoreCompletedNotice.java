package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs.CountPrefix;

import java.util.List;
import java.util.Objects;

import static io.mozart.encore.codec.Codecs.list;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * AlbumScoreCompleted, S→C 0x0FBD (spec 04 §4). Defined but never sent by the reference (album rooms use
 * ScoreCompleted). Like {@link ScoreCompletedNotice} but each active entry has one trailing {@code u8} (0),
 * 46 bytes per active entry.
 *
 * @param entries 0 to 8 entries
 */
public record AlbumScoreCompletedNotice(List<ScoreEntry> entries) {
    public static final Codec<AlbumScoreCompletedNotice> CODEC = of(
            of(
                    "entries",
                    list(CountPrefix.I32, ScoreEntry.ALBUM_CODEC, 0, ScoreCompletedNotice.MAX_ENTRIES),
                    AlbumScoreCompletedNotice::entries),
            AlbumScoreCompletedNotice::new);

    public AlbumScoreCompletedNotice {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() > ScoreCompletedNotice.MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + ScoreCompletedNotice.MAX_ENTRIES + " entries");
        }
        entries = List.copyOf(entries);
    }
}
