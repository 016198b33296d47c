package io.mozart.server.protocol;

import io.mozart.encore.pipeline.Frames;

/**
 * How large a message to a game client may be. One frame carries at most {@link Frames#MAX_PAYLOAD} bytes of
 * opcode and body, but a channel process behind a gateway (spec 06 §7) sends its replies inside a Relay frame of
 * the internal link, which also carries the relay opcode and the session token. Every list Mozart cuts to "what
 * fits one frame" is cut to {@link #MAX_PAYLOAD}, so the same reply can be written directly (Full mode) or relayed
 * (Channel mode).
 */
public final class ClientFrames {

    /** What a Relay (302) adds around a client message: its opcode and the 32-hex session token with its NUL. */
    public static final int RELAY_OVERHEAD = 2 + 33;
    /** Largest opcode + body of a message to a client that Mozart writes: 32,730 bytes. */
    public static final int MAX_PAYLOAD = Frames.MAX_PAYLOAD - RELAY_OVERHEAD;

    private ClientFrames() {
    }
}
