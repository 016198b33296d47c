package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Relay — channel → gateway — ChannelCommand 0x012E (spec 06 §7.3/§7.5, 01 §3.5–3.6): one complete
 * client-protocol payload, channel → client. The gateway writes the payload verbatim as one frame to the client
 * with that session id on this channel (unknown id → dropped).
 *
 * <p>The payload is the rest of the frame: the client message's {@code u16} opcode and body, without a length
 * prefix. The array is copied on construction and on access, and records compare by content.
 *
 * @param sessionId the client's token ({@code S128})
 * @param payload   the client payload, at least the 2 opcode bytes
 */
public record ChannelRelay(String sessionId, byte[] payload) {

    /** The wire codec. */
    public static final Codec<ChannelRelay> CODEC = StructCodec.of(
            Field.of("sessionId", ClusterStrings.S128, ChannelRelay::sessionId),
            Field.of("payload", Codecs.remainingBytes(), ChannelRelay::payload),
            ChannelRelay::new);

    /**
     * Validates and copies.
     *
     * @param sessionId the token, not null
     * @param payload   opcode + body, at least 2 bytes
     */
    public ChannelRelay {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(payload, "payload");
        if (payload.length < 2) {
            throw new IllegalArgumentException("a relayed payload starts with a 2-byte opcode");
        }
        payload = payload.clone();
    }

    /** @return a copy of the client payload */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** @return the relayed message's opcode (the payload's first two bytes, little-endian) */
    public int opcode() {
        return (payload[0] & 0xFF) | (payload[1] & 0xFF) << 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelRelay other && sessionId.equals(other.sessionId)
                && Arrays.equals(payload, other.payload);
    }

    @Override
    public int hashCode() {
        return 31 * sessionId.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "ChannelRelay[sessionId=" + sessionId + ", payload=" + HexFormat.of().formatHex(payload) + "]";
    }
}
