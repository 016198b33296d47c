package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SetInstrument, C→S 0x0FA6 (spec 03 §5.9). Accepted and ignored: no state change, no event, no reply.
 *
 * @param instrumentId {@code i32}; the client reportedly always sends 0
 */
public record SetInstrumentRequest(int instrumentId) {

    /** Wire codec. */
    public static final Codec<SetInstrumentRequest> CODEC = StructCodec.of(
            Field.of("instrumentId", Codecs.I32, SetInstrumentRequest::instrumentId),
            SetInstrumentRequest::new);
}
