package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.I16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.bytes;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** SessionKeys, S→C response 0x03F0 (spec 01 §4.3). */
public record SessionKeysResponse(short seed, int prefix, byte[] primaryKey, byte[] secondaryKey)
        implements ServerMessage {
    public static final int PRIMARY_KEY_LENGTH = 32;
    public static final int SECONDARY_KEY_LENGTH = 16;
    public static final Codec<SessionKeysResponse> CODEC = of(
            of("seed", I16, SessionKeysResponse::seed),
            of("prefix", U8, SessionKeysResponse::prefix),
            of("primaryKey", bytes(PRIMARY_KEY_LENGTH), SessionKeysResponse::primaryKey),
            of("secondaryKey", bytes(SECONDARY_KEY_LENGTH), SessionKeysResponse::secondaryKey),
            SessionKeysResponse::new);

    public SessionKeysResponse {
        Objects.requireNonNull(primaryKey, "primaryKey");
        Objects.requireNonNull(secondaryKey, "secondaryKey");
        if (primaryKey.length != PRIMARY_KEY_LENGTH || secondaryKey.length != SECONDARY_KEY_LENGTH) {
            throw new IllegalArgumentException("keys must be 32 and 16 bytes");
        }
        primaryKey = primaryKey.clone();
        secondaryKey = secondaryKey.clone();
    }

    /** Fresh keys as the reference sends them: seed 0, prefix 0, random key bytes. */
    public static SessionKeysResponse random(RandomGenerator random) {
        byte[] primary = new byte[PRIMARY_KEY_LENGTH];
        byte[] secondary = new byte[SECONDARY_KEY_LENGTH];
        for (int i = 0; i < primary.length; i++) {
            primary[i] = (byte) random.nextInt();
        }
        for (int i = 0; i < secondary.length; i++) {
            secondary[i] = (byte) random.nextInt();
        }
        return new SessionKeysResponse((short) 0, 0, primary, secondary);
    }

    @Override
    public byte[] primaryKey() {
        return primaryKey.clone();
    }

    @Override
    public byte[] secondaryKey() {
        return secondaryKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionKeysResponse other
                && seed == other.seed
                && prefix == other.prefix
                && Arrays.equals(primaryKey, other.primaryKey)
                && Arrays.equals(secondaryKey, other.secondaryKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, prefix, Arrays.hashCode(primaryKey), Arrays.hashCode(secondaryKey));
    }

    @Override
    public String toString() {
        return "SessionKeysResponse[seed=" + seed + ", prefix=" + prefix + ", primaryKey="
                + HexFormat.of().formatHex(primaryKey) + ", secondaryKey="
                + HexFormat.of().formatHex(secondaryKey)
                + "]";
    }
}
