/**
 * The wire stages shared by server and client: framing ({@link io.mozart.encore.pipeline.FrameDecoder}),
 * payload decoding ({@link io.mozart.encore.pipeline.PacketDecoder}) and frame encoding
 * ({@link io.mozart.encore.pipeline.Frames}).
 */
package io.mozart.encore.pipeline;
