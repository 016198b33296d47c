package io.mozart.server.protocol;

import io.mozart.encore.pipeline.Frames;

/** How large a message to a game client may be. */
public final class ClientFrames {
    /** What a Relay (302) adds around a client message: its opcode and the 32-hex session token with its NUL. */
    public static final int RELAY_OVERHEAD = 2 + 33;
    /** Largest opcode + body of a message to a client that Mozart writes: 32,730 bytes. */
    public static final int MAX_PAYLOAD = Frames.MAX_PAYLOAD - RELAY_OVERHEAD;

    private ClientFrames() {}
}
