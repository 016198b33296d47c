package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.common.Ranges;
import io.netty.buffer.ByteBuf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * AcquireMusicRequest, C→S 0x0FC2 (spec 03 §5.13): the slots whose music state the client wants reported.
 *
 * <p>Wire: {@code list<u8>(u8)}. Quirk kept from the reference (spec 03 §0): the count byte is read as a
 * <em>signed</em> byte, so a declared count of 128–255 is a decode error (request dropped). The client never
 * needs more than 8.
 *
 * @param memberIds requested slot indices (0..255 each, at most 127 of them), duplicates allowed
 */
public record AcquireMusicRequest(List<Integer> memberIds) {
    /** Largest count a signed-byte prefix can carry. */
    public static final int MAX_IDS = 127;

    /** Wire codec (hand-written for the signed count). */
    public static final Codec<AcquireMusicRequest> CODEC = new Codec<>() {
        @Override
        public AcquireMusicRequest read(ByteBuf in) {
            if (!in.isReadable()) {
                throw DecodeException.at(in.readerIndex(), "needs 1 byte, 0 left").within("memberIds");
            }
            int start = in.readerIndex();
            int n = in.readByte();
            if (n < 0) {
                throw DecodeException.at(start, "negative element count " + n).within("memberIds");
            }
            if (in.readableBytes() < n) {
                throw DecodeException.at(in.readerIndex(), "needs " + n + " ids, " + in.readableBytes() + " left")
                        .within("memberIds");
            }
            List<Integer> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(in.readUnsignedByte() & 0xFF);
            }
            return new AcquireMusicRequest(Collections.unmodifiableList(ids));
        }

        @Override
        public void write(ByteBuf out, AcquireMusicRequest value) {
            if (value == null) {
                throw new EncodeException("required record is null");
            }
            out.writeByte(value.memberIds.size());
            for (int id : value.memberIds) {
                out.writeByte(id);
            }
        }
    };

    public AcquireMusicRequest {
        Objects.requireNonNull(memberIds, "memberIds");
        if (memberIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " member ids");
        }
        memberIds = List.copyOf(memberIds);
        for (int id : memberIds) {
            Ranges.u8("memberIds[]", id);
        }
    }
}
