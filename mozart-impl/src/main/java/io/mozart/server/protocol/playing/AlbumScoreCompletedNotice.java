package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;
import java.util.Objects;

/**
 * AlbumScoreCompleted, S→C 0x0FBD (spec 04 §4). Defined but never sent by the reference (album rooms use
 * ScoreCompleted). Like {@link ScoreCompletedNotice} but each active entry has one trailing {@code u8} (0),
 * 46 bytes per active entry.
 *
 * @param entries 0 to 8 entries
 */
public record AlbumScoreCompletedNotice(List<ScoreEntry> entries) {

    /** Wire codec. */
    public static final Codec<AlbumScoreCompletedNotice> CODEC = StructCodec.of(
            Field.of("entries", Codecs.list(Codecs.CountPrefix.I32, ScoreEntry.ALBUM_CODEC, 0,
                    ScoreCompletedNotice.MAX_ENTRIES), AlbumScoreCompletedNotice::entries),
            AlbumScoreCompletedNotice::new);

    /**
     * Validates the shape.
     *
     * @param entries at most 8 entries
     */
    public AlbumScoreCompletedNotice {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() > ScoreCompletedNotice.MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + ScoreCompletedNotice.MAX_ENTRIES + " entries");
        }
        entries = List.copyOf(entries);
    }
}
