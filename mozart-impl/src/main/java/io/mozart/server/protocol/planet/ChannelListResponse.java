package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;

/** GetChannelList, S→C response 0x03EB (spec 01 §4.7): an {@code i32} count and 13-byte entries. */
public record ChannelListResponse(List<Entry> channels) implements ServerMessage {
    public static final Codec<ChannelListResponse> CODEC =
            of(of("channels", listI32(Entry.CODEC), ChannelListResponse::channels), ChannelListResponse::new);

    public ChannelListResponse {
        channels = List.copyOf(channels);
    }

    /** One channel (13 bytes). */
    public record Entry(int serverId, int channelId, int capacity, int population, boolean active) {
        public static final int SIZE = 13;
        public static final Codec<Entry> CODEC = of(
                of("serverId", U16, Entry::serverId),
                of("channelId", U16, Entry::channelId),
                of("capacity", I32, Entry::capacity),
                of("population", I32, Entry::population),
                of("active", BOOL8, Entry::active),
                Entry::new);

        public static Entry gap(int serverId, int channelId) {
            return new Entry(serverId, channelId, 0, 0, false);
        }
    }
}
