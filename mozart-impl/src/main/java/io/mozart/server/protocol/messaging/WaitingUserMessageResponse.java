package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** WaitingUserMessage, S→C broadcast 0x0BC4 (spec 02 §5.10, 03 §5.4): room chat. */
public record WaitingUserMessageResponse(String sender, byte[] content, int memberId) implements ServerMessage {
    private static final Codec<String> SENDER = cstr();

    /** Wire codec. Hand-written: on decode the content is every remaining byte but the last, which is the member id. */
    public static final Codec<WaitingUserMessageResponse> CODEC = new Codec<>() {
        @Override
        public WaitingUserMessageResponse read(ByteBuf in) {
            String sender = Wire.read(in, "sender", SENDER);
            if (!in.isReadable()) {
                throw DecodeException.at(in.readerIndex(), "needs 1 byte, 0 left")
                        .within("memberId");
            }
            byte[] content = new byte[in.readableBytes() - 1];
            in.readBytes(content);
            int memberId = in.readUnsignedByte();
            return new WaitingUserMessageResponse(sender, content, memberId);
        }

        @Override
        public void write(ByteBuf out, WaitingUserMessageResponse value) {
            if (value == null) {
                throw new EncodeException("required record is null");
            }
            SENDER.write(out, value.sender);
            out.writeBytes(value.content);
            Wire.write(out, "memberId", U8, value.memberId);
        }
    };

    public WaitingUserMessageResponse {
        Objects.requireNonNull(sender, "sender");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitingUserMessageResponse other
                && sender.equals(other.sender)
                && Arrays.equals(content, other.content)
                && memberId == other.memberId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sender, Arrays.hashCode(content), memberId);
    }

    @Override
    public String toString() {
        return "WaitingUserMessageResponse[sender=" + sender + ", content="
                + HexFormat.of().formatHex(content) + ", memberId=" + memberId + "]";
    }
}
