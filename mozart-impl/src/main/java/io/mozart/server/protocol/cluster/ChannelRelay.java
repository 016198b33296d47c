package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;

/** Relay — channel → gateway — ChannelCommand 0x012E (spec 06 §7.3/§7.5, 01 §3.5–3.6). */
public record ChannelRelay(String sessionId, byte[] payload) implements Relay, LinkMessage.FromChannel {
    public static final Codec<ChannelRelay> CODEC = Relay.codec(ChannelRelay::new);

    public ChannelRelay {
        payload = Relay.checked(sessionId, payload);
    }

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
