package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * ExitWaiting, C→S 0x0BBD (spec 03 §5.2). The 2-byte body is required (a shorter frame is a decode
 * error and the request is dropped).
 *
 * @param exitType {@code u16} ExitType: 0 Normal, 1 Penalized; any other value behaves like Normal
 *                 (see {@link ExitType#fromWire})
 */
public record ExitWaitingRequest(int exitType) {
    public static final Codec<ExitWaitingRequest> CODEC =
            of(of("exitType", U16, ExitWaitingRequest::exitType), ExitWaitingRequest::new);

    /** @return the exit type as an enum (unknown values map to {@link ExitType#NORMAL}) */
    public ExitType type() {
        return ExitType.fromWire(exitType);
    }
}
