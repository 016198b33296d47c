package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SetInstrument, C→S 0x0FA6 (spec 03 §5.9): accepted and ignored (no state change, no reply). */
public record SetInstrumentRequest(int instrumentId) implements ClientMessage {
    public static final Codec<SetInstrumentRequest> CODEC =
            of(of("instrumentId", I32, SetInstrumentRequest::instrumentId), SetInstrumentRequest::new);
}
