package io.mozart.encore.protocol;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A message kept as bytes: an opcode bound with {@link PacketRegistry.Builder#registerRaw(int)} decodes
 * to this record, and encoding one writes its opcode and body unchanged. Lets an application serve
 * opcodes it has no record for (custom extensions) through the normal routes.
 *
 * @param opcode the opcode
 * @param body   the body bytes after the opcode
 */
public record RawFrame(int opcode, byte[] body) {

    /**
     * Validates and copies.
     *
     * @param opcode the opcode
     * @param body   the body
     */
    public RawFrame {
        if (opcode < 0 || opcode > 0xFFFF) {
            throw new IllegalArgumentException("opcode out of u16 range: " + opcode);
        }
        body = body == null ? new byte[0] : body.clone();
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawFrame r && r.opcode == opcode && Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * opcode + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RawFrame[" + PacketType.hex(opcode) + " " + HexFormat.of().formatHex(body) + "]";
    }
}
