package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;

/** Relay — gateway → channel — GatewayCommand 0x00CC (spec 06 §7.3/§7.5, 01 §3.5–3.6). */
public record GatewayRelay(String sessionId, byte[] payload) implements Relay, LinkMessage.FromGateway {
    public static final Codec<GatewayRelay> CODEC = Relay.codec(GatewayRelay::new);

    public GatewayRelay {
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
