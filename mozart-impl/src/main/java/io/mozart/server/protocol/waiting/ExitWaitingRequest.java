package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * ExitWaiting, C→S 0x0BBD (spec 03 §5.2). The 2-byte body is required (a shorter frame is a decode
 * error and the request is dropped).
 *
 * @param exitType {@code u16} ExitType: 0 Normal, 1 Penalized; any other value behaves like Normal
 *                 (see {@link ExitType#fromWire})
 */
public record ExitWaitingRequest(int exitType) {

    /** Wire codec. */
    public static final Codec<ExitWaitingRequest> CODEC = StructCodec.of(
            Field.of("exitType", Codecs.U16, ExitWaitingRequest::exitType),
            ExitWaitingRequest::new);

    /**
     * Validates the range.
     *
     * @param exitType the u16 exit type
     */
    public ExitWaitingRequest {
        WaitingChecks.u16("exitType", exitType);
    }

    /** @return the exit type as an enum (unknown values map to {@link ExitType#NORMAL}) */
    public ExitType type() {
        return ExitType.fromWire(exitType);
    }
}
