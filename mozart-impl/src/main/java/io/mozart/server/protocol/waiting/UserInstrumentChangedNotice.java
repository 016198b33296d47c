package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** UserInstrumentChanged, S→C 0x0FA7 (spec 03 §5.9). Defined but never sent by the reference. */
public record UserInstrumentChangedNotice(int memberId, int instrumentId) implements ServerMessage {
    public static final Codec<UserInstrumentChangedNotice> CODEC = of(
            of("memberId", U8, UserInstrumentChangedNotice::memberId),
            of("instrumentId", I32, UserInstrumentChangedNotice::instrumentId),
            UserInstrumentChangedNotice::new);
}
