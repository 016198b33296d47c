package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;

/**
 * Relay — gateway → channel — GatewayCommand 0x00CC (spec 06 §7.3/§7.5, 01 §3.5–3.6): one complete
 * client-protocol payload, client → channel. The channel processes it exactly like a client message from that
 * user. The gateway re-encodes the decoded request (trailing bytes are dropped).
 *
 * <p>The payload is the rest of the frame: the client message's {@code u16} opcode and body, without a length
 * prefix. The array is copied on construction and on access, and records compare by content.
 *
 * @param sessionId the client's token ({@code S128})
 * @param payload   the client payload, at least the 2 opcode bytes
 */
public record GatewayRelay(String sessionId, byte[] payload) implements Relay {
    public static final Codec<GatewayRelay> CODEC = Relay.codec(GatewayRelay::new);

    public GatewayRelay {
        payload = Relay.checked(sessionId, payload);
    }

    /** @return a copy of the client payload */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** @return the relayed message's opcode (the payload's first two bytes, little-endian) */
    public int opcode() {
        return Relay.opcode(payload);
    }

    @Override
    public boolean equals(Object o) {
        return Relay.same(this, o);
    }

    @Override
    public int hashCode() {
        return Relay.hash(this);
    }

    @Override
    public String toString() {
        return Relay.text(this);
    }
}
