package io.mozart.encore.protocol;

/**
 * A frame whose opcode is not registered. Raised by remote input, so it carries no stack trace.
 * The connection stays open; the frame is dropped.
 */
public final class UnknownOpcodeException extends RuntimeException {

    private final int opcode;

    /**
     * Creates the exception.
     *
     * @param opcode the unregistered opcode
     */
    public UnknownOpcodeException(int opcode) {
        super("unknown opcode " + PacketType.hex(opcode), null, false, false);
        this.opcode = opcode;
    }

    /** @return the unregistered opcode */
    public int opcode() {
        return opcode;
    }
}
