package io.mozart.api.extension;

import java.util.Objects;

/**
 * A custom handler binding as given to the server builder.
 *
 * @param opcode      the opcode it serves
 * @param requirement what the connection must have done first
 * @param handler     the handler
 */
public record CustomHandler(int opcode, Requirement requirement, PacketHandler handler) {

    /**
     * Validates the binding.
     *
     * @param opcode      the opcode
     * @param requirement the requirement
     * @param handler     the handler
     */
    public CustomHandler {
        if (opcode < 0 || opcode > 0xFFFF) {
            throw new IllegalArgumentException("opcode out of u16 range: " + opcode);
        }
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(handler, "handler");
    }
}
