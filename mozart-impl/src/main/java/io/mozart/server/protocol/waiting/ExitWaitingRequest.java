package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ExitWaiting, C→S 0x0BBD (spec 03 §5.2). */
public record ExitWaitingRequest(int exitType) implements ClientMessage {
    public static final Codec<ExitWaitingRequest> CODEC =
            of(of("exitType", U16, ExitWaitingRequest::exitType), ExitWaitingRequest::new);
    /** @return the exit type as an enum (unknown values map to {@link ExitType#NORMAL}) */
    public ExitType type() {
        return ExitType.fromWire(exitType);
    }
}
