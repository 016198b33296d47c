package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;
import java.util.Objects;

/**
 * AcquireMusic, S→C 0x0FC3 (spec 03 §5.13), to ROOM: after AcquireMusicRequest (entries filtered by the
 * request) and after a StartGame blocked by music (an entry for every occupied slot).
 *
 * @param states one entry per reported slot, in slot order ({@code list<u8>(entry)}, at most 8)
 */
public record AcquireMusicNotice(List<Entry> states) {

    /** A room has 8 slots, so at most 8 entries. */
    public static final int MAX_ENTRIES = 8;

    /** Wire codec. */
    public static final Codec<AcquireMusicNotice> CODEC = StructCodec.of(
            Field.of("states", Codecs.listU8(Entry.CODEC), AcquireMusicNotice::states),
            AcquireMusicNotice::new);

    /**
     * Validates the shape.
     *
     * @param states at most 8 entries
     */
    public AcquireMusicNotice {
        Objects.requireNonNull(states, "states");
        if (states.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " entries, got " + states.size());
        }
        states = List.copyOf(states);
    }

    /**
     * One slot's music state.
     *
     * @param memberId slot index; 0xFF for an empty or locked slot
     * @param state    {@code u8} MusicState (NoMusic is reported as Downloading for occupied slots)
     */
    public record Entry(int memberId, int state) {

        /** Wire codec. */
        public static final Codec<Entry> CODEC = StructCodec.of(
                Field.of("memberId", Codecs.U8, Entry::memberId),
                Field.of("state", Codecs.U8, Entry::state),
                Entry::new);

        /**
         * Validates ranges.
         *
         * @param memberId slot index
         * @param state    music state
         */
        public Entry {
            WaitingChecks.u8("memberId", memberId);
            WaitingChecks.u8("state", state);
        }
    }
}
