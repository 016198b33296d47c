package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** UserReadyStateChanged, S→C 0x0FA9 (spec 03 §5.10), to ROOM. */
public record UserReadyStateChangedNotice(int memberId, boolean ready) implements ServerMessage {
    public static final Codec<UserReadyStateChangedNotice> CODEC = of(
            of("memberId", U8, UserReadyStateChangedNotice::memberId),
            of("ready", BOOL8, UserReadyStateChangedNotice::ready),
            UserReadyStateChangedNotice::new);
}
