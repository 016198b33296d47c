package io.mozart.examples.plugin;

import io.mozart.api.extension.CustomPacket;
import io.mozart.server.extension.CustomPackets;

/** The server-time packets as typed custom packets: opcode, record class and template codec. */
public final class ServerTimePackets {

    /** Request opcode. */
    public static final int REQUEST_OPCODE = 0x7D00;
    /** Reply opcode. */
    public static final int REPLY_OPCODE = 0x7D01;
    /** 0x7D00, empty body. */
    public static final CustomPacket<ServerTimeRequest> REQUEST =
            CustomPackets.of(REQUEST_OPCODE, ServerTimeRequest.class, ServerTimeRequest.CODEC);
    /** 0x7D01, i64 epoch milliseconds. */
    public static final CustomPacket<ServerTimeReply> REPLY =
            CustomPackets.of(REPLY_OPCODE, ServerTimeReply.class, ServerTimeReply.CODEC);

    private ServerTimePackets() {}
}
