package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;

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
public record ChannelRelay(String sessionId, byte[] payload) implements Relay {
    public static final Codec<ChannelRelay> CODEC = Relay.codec(ChannelRelay::new);

    public ChannelRelay {
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
