package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.list;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs.CountPrefix;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** ScoreCompleted, S→C 0x0FB2 (spec 04 §4, §6): the results, broadcast once to every room member. */
public record ScoreCompletedNotice(List<ScoreEntry> entries) implements ServerMessage {
    public static final int MAX_ENTRIES = 8;
    public static final Codec<ScoreCompletedNotice> CODEC = of(
            of("entries", list(CountPrefix.I32, ScoreEntry.CODEC, 0, MAX_ENTRIES), ScoreCompletedNotice::entries),
            ScoreCompletedNotice::new);

    public ScoreCompletedNotice {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " entries, got " + entries.size());
        }
        entries = List.copyOf(entries);
    }
}
