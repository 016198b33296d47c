package io.mozart.api.extension;

/**
 * What a custom handler knows about the connection that sent a packet, and how it answers.
 * Valid only while the handler runs (it may keep the values it read).
 */
public interface PacketContext {

    /** @return the connection's id, unique within the server's lifetime */
    long connectionId();

    /** @return the client's address as text */
    String remoteAddress();

    /** @return whether the connection has authorized */
    boolean authorized();

    /** @return the user index id, or -1 before authorization */
    int userId();

    /** @return the character nickname, or {@code null} before authorization */
    String nickname();

    /** @return whether the account is an administrator */
    boolean administrator();

    /** @return the channel id, or -1 when not in a channel */
    int channelId();

    /** @return the room number, or -1 when not in a room */
    int roomNumber();

    /**
     * Sends one frame to this connection, after the replies already queued for it.
     *
     * @param opcode the opcode
     * @param body   the body bytes; opcode plus body must not exceed 32765 bytes
     */
    void send(int opcode, byte[] body);

    /**
     * Sends one typed custom packet to this connection.
     *
     * @param packet the custom packet (opcode and codec)
     * @param value  the record
     * @param <T>    the record type
     */
    default <T> void send(CustomPacket<T> packet, T value) {
        send(packet.opcode(), packet.codec().encode(value));
    }

    /**
     * Sends one frame to every player in any channel of this server (the scope of lobby chat and
     * announcements). The frame is encoded once.
     *
     * @param opcode the opcode
     * @param body   the body bytes
     * @return how many players it was queued for
     */
    int broadcastToServer(int opcode, byte[] body);

    /**
     * Sends one frame to every player of the sender's channel (lobby, rooms and games).
     *
     * @param opcode the opcode
     * @param body   the body bytes
     * @return how many players it was queued for; 0 when the sender is in no channel
     */
    int broadcastToChannel(int opcode, byte[] body);

    /**
     * Sends one frame to every member of the sender's room, the sender included.
     *
     * @param opcode the opcode
     * @param body   the body bytes
     * @return how many players it was queued for; 0 when the sender is in no room
     */
    int broadcastToRoom(int opcode, byte[] body);

    /**
     * Closes the connection; the game runs its normal disconnect handling.
     *
     * @param reason why, for the server log
     */
    void close(String reason);
}
