package io.mozart.api.extension;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One client message as it came off the wire: the opcode and the body bytes after it (no length
 * prefix, no opcode). Used by custom packet handlers, which see bytes rather than Mozart's records.
 *
 * @param opcode the 16-bit opcode
 * @param body   the body bytes (all little-endian, as the protocol is)
 */
public record RawPacket(int opcode, byte[] body) {

    /**
     * Validates and copies.
     *
     * @param opcode the opcode
     * @param body   the body
     */
    public RawPacket {
        if (opcode < 0 || opcode > 0xFFFF) {
            throw new IllegalArgumentException("opcode out of u16 range: " + opcode);
        }
        body = body == null ? new byte[0] : body.clone();
    }

    /** @return a copy of the body bytes */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawPacket other && other.opcode == opcode && Arrays.equals(other.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * opcode + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return String.format("RawPacket[0x%04X %s]", opcode, HexFormat.of().formatHex(body));
    }
}
