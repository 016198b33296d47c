package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;

/** Heartbeat — channel → gateway — ChannelCommand 0x0131 (305), Mozart's addition (spec 06 §7.6). */
public record ChannelHeartbeat(int capacity, int userCount, int roomCount) implements LinkMessage.FromChannel {
    public static final Codec<ChannelHeartbeat> CODEC = of(
            of("capacity", I32, ChannelHeartbeat::capacity),
            of("userCount", I32, ChannelHeartbeat::userCount),
            of("roomCount", I32, ChannelHeartbeat::roomCount),
            ChannelHeartbeat::new);
}
