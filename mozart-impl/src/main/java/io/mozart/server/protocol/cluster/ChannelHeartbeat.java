package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * Heartbeat — channel → gateway — ChannelCommand 0x0131 (305). Mozart's addition to the internal link (the
 * reference has no heartbeat, spec 06 §7.6): a registered channel sends it every
 * {@code Gateway:HeartbeatInterval} seconds; the gateway unregisters a channel it hears none from for
 * {@code Gateway:HeartbeatTimeout}. It carries the channel's numbers for the gateway's status.
 *
 * @param capacity  the channel's capacity (int32)
 * @param userCount players in the channel now (int32)
 * @param roomCount rooms in the channel now (int32)
 */
public record ChannelHeartbeat(int capacity, int userCount, int roomCount) {

    /** The wire codec. */
    public static final Codec<ChannelHeartbeat> CODEC = StructCodec.of(
            Field.of("capacity", Codecs.I32, ChannelHeartbeat::capacity),
            Field.of("userCount", Codecs.I32, ChannelHeartbeat::userCount),
            Field.of("roomCount", Codecs.I32, ChannelHeartbeat::roomCount),
            ChannelHeartbeat::new);
}
