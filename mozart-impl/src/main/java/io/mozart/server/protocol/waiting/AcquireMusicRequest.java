package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I8;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.fixedList;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.ClientMessage;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Objects;

/** AcquireMusicRequest, C→S 0x0FC2 (spec 03 §5.13): the slots whose music state the client wants reported. */
public record AcquireMusicRequest(List<Integer> memberIds) implements ClientMessage {
    /** Largest count a signed-byte prefix can carry. */
    public static final int MAX_IDS = 127;
    /** Wire codec (hand-written for the signed count). */
    public static final Codec<AcquireMusicRequest> CODEC = new Codec<>() {
        @Override
        public AcquireMusicRequest read(ByteBuf in) {
            int start = in.readerIndex();
            int n = Wire.read(in, "memberIds", I8);
            if (n < 0) {
                throw DecodeException.at(start, "negative element count " + n).within("memberIds");
            }
            return new AcquireMusicRequest(Wire.read(in, "memberIds", fixedList(U8, n)));
        }

        @Override
        public void write(ByteBuf out, AcquireMusicRequest value) {
            if (value == null) {
                throw new EncodeException("required record is null");
            }
            out.writeByte(value.memberIds.size());
            Wire.write(out, "memberIds", fixedList(U8, value.memberIds.size()), value.memberIds);
        }
    };

    public AcquireMusicRequest {
        Objects.requireNonNull(memberIds, "memberIds");
        if (memberIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " member ids");
        }
        memberIds = List.copyOf(memberIds);
    }
}
