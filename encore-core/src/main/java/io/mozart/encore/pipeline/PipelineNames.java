package io.mozart.encore.pipeline;

/** Names of the pipeline stages, in inbound order, so that a game can add or replace a stage by name. */
public final class PipelineNames {

    /** Counts raw inbound bytes. */
    public static final String BYTES_IN = "bytes-in";
    /** Netty {@code IdleStateHandler}, present only when an idle timeout is set. */
    public static final String IDLE = "idle";
    /** {@link FrameDecoder}. */
    public static final String FRAME_DECODER = "frame-decoder";
    /** {@link PacketDecoder}. */
    public static final String PACKET_DECODER = "packet-decoder";
    /** The server's dispatcher (session lifecycle, hand-off to the game executor, error logging). */
    public static final String DISPATCHER = "dispatcher";

    private PipelineNames() {}
}
