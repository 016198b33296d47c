package io.mozart.api.extension;

/**
 * A handler for one opcode, added with {@code MozartServer.builder().handler(opcode, ...)}. It runs on
 * a game thread, in the connection's order (never two handlers of one connection at once). It may
 * serve an opcode Mozart does not know or replace a built-in handler. An exception is logged with the
 * opcode and connection; the connection lives on.
 */
@FunctionalInterface
public interface PacketHandler {

    /**
     * Handles one packet.
     *
     * @param context the sending connection
     * @param packet  the packet
     * @throws Exception any failure; logged, the connection is kept
     */
    void handle(PacketContext context, RawPacket packet) throws Exception;
}
