package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;
import java.util.Objects;

/**
 * ScoreCompleted, S→C 0x0FB2 (spec 04 §4, §6): the results, broadcast once to every room member.
 * Wire: {@code i32 count}, then the entries; frame length {@code 8 + 45·count} for active entries.
 *
 * @param entries 0 to 8 entries, ordered by score descending (ties by ascending memberId)
 */
public record ScoreCompletedNotice(List<ScoreEntry> entries) {

    /** Most entries (one per slot). */
    public static final int MAX_ENTRIES = 8;

    /** Wire codec. */
    public static final Codec<ScoreCompletedNotice> CODEC = StructCodec.of(
            Field.of("entries", Codecs.list(Codecs.CountPrefix.I32, ScoreEntry.CODEC, 0, MAX_ENTRIES),
                    ScoreCompletedNotice::entries),
            ScoreCompletedNotice::new);

    /**
     * Validates the shape.
     *
     * @param entries at most 8 entries
     */
    public ScoreCompletedNotice {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " entries, got " + entries.size());
        }
        entries = List.copyOf(entries);
    }
}
