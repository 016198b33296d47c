package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.I32;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.EncodeException;
import io.netty.buffer.ByteBuf;
import java.time.Duration;

/** The expiry-seconds field codec (spec 01 §1.8): a remaining duration sent as an {@code i32} of whole seconds. */
public final class ExpirySeconds {
    /** The codec: write truncated seconds, read whole seconds. */
    public static final Codec<Duration> CODEC = new Codec<>() {
        @Override
        public Duration read(ByteBuf in) {
            return Duration.ofSeconds(I32.read(in));
        }

        @Override
        public void write(ByteBuf out, Duration value) {
            if (value == null) {
                throw new EncodeException("duration is null");
            }
            I32.write(out, toWire(value));
        }
    };

    private ExpirySeconds() {}

    /** @return its whole seconds, truncated toward zero and saturated to the {@code i32} range */
    public static int toWire(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 0 && duration.getNano() > 0) {
            seconds++; // getSeconds() floors; the wire truncates toward zero
        }
        if (seconds > Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        if (seconds < Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) seconds;
    }
}
