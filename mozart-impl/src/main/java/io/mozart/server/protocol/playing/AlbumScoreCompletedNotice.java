package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.list;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs.CountPrefix;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** AlbumScoreCompleted, S→C 0x0FBD (spec 04 §4). */
public record AlbumScoreCompletedNotice(List<ScoreEntry> entries) implements ServerMessage {
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
