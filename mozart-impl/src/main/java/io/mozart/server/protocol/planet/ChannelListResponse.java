package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;

import java.util.List;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * GetChannelList, S→C response 0x03EB (spec 01 §4.7): an {@code i32} count and 13-byte entries, one per
 * channel id from 0 to the highest configured id (gaps are inactive placeholders).
 *
 * @param channels the entries, entry index = channel id
 */
public record ChannelListResponse(List<Entry> channels) {
    public static final Codec<ChannelListResponse> CODEC =
            of(of("channels", listI32(Entry.CODEC), ChannelListResponse::channels), ChannelListResponse::new);

    public ChannelListResponse {
        channels = List.copyOf(channels);
    }

    /**
     * One channel (13 bytes).
     *
     * @param serverId   {@code u16}, {@code Gateway:Id}, the same for every entry
     * @param channelId  {@code u16}, the entry index
     * @param capacity   configured capacity; 0 for a gap
     * @param population sessions registered in the channel; 0 for a gap
     * @param active     true when a channel with this id is configured
     */
    public record Entry(int serverId, int channelId, int capacity, int population, boolean active) {
        /** Size on the wire. */
        public static final int SIZE = 13;

        public static final Codec<Entry> CODEC = of(
                of("serverId", U16, Entry::serverId),
                of("channelId", U16, Entry::channelId),
                of("capacity", I32, Entry::capacity),
                of("population", I32, Entry::population),
                of("active", BOOL8, Entry::active),
                Entry::new);

        /**
         * @param channelId the missing channel id
         * @return an inactive placeholder entry
         */
        public static Entry gap(int serverId, int channelId) {
            return new Entry(serverId, channelId, 0, 0, false);
        }
    }
}
