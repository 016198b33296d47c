package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.remainingBytes;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.StructCodec.Constructor2;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** The layout both Relay commands share (spec 06 §7.3/§7.5): session id, then one client payload. */
interface Relay {
    String sessionId();

    byte[] payload();

    static <R extends Relay> Codec<R> codec(Constructor2<String, byte[], R> create) {
        return of(
                of("sessionId", ClusterStrings.S128, R::sessionId),
                of("payload", remainingBytes(), R::payload),
                create);
    }

    /** @return a copy of {@code payload}, after checking both parts */
    static byte[] checked(String sessionId, byte[] payload) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(payload, "payload");
        if (payload.length < 2) {
            throw new IllegalArgumentException("a relayed payload starts with a 2-byte opcode");
        }
        return payload.clone();
    }

    static int opcode(byte[] payload) {
        return (payload[0] & 0xFF) | (payload[1] & 0xFF) << 8;
    }

    static boolean same(Relay a, Object b) {
        return b != null
                && a.getClass() == b.getClass()
                && a.sessionId().equals(((Relay) b).sessionId())
                && Arrays.equals(a.payload(), ((Relay) b).payload());
    }

    static int hash(Relay relay) {
        return 31 * relay.sessionId().hashCode() + Arrays.hashCode(relay.payload());
    }

    static String text(Relay relay) {
        return relay.getClass().getSimpleName() + "[sessionId=" + relay.sessionId() + ", payload="
                + HexFormat.of().formatHex(relay.payload()) + "]";
    }
}
