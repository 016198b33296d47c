package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.listU8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** AcquireMusic, S→C 0x0FC3 (spec 03 §5.13), to ROOM: after AcquireMusicRequest. */
public record AcquireMusicNotice(List<Entry> states) implements ServerMessage {
    /** A room has 8 slots, so at most 8 entries. */
    public static final int MAX_ENTRIES = 8;

    public static final Codec<AcquireMusicNotice> CODEC =
            of(of("states", listU8(Entry.CODEC), AcquireMusicNotice::states), AcquireMusicNotice::new);

    public AcquireMusicNotice {
        Objects.requireNonNull(states, "states");
        if (states.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " entries, got " + states.size());
        }
        states = List.copyOf(states);
    }

    /** One slot's music state. */
    public record Entry(int memberId, int state) {
        public static final Codec<Entry> CODEC =
                of(of("memberId", U8, Entry::memberId), of("state", U8, Entry::state), Entry::new);
    }
}
