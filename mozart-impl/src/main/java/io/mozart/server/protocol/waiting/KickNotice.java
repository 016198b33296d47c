package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** Kick, S→C 0x0BC2 (spec 03 §5.3): empty body, sent only to the kicked member, before RoomSlotUpdate. */
public record KickNotice() implements ServerMessage {
    public static final KickNotice INSTANCE = new KickNotice();
    public static final Codec<KickNotice> CODEC = unit(INSTANCE);
}
