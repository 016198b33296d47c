package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * GetChannelList, S→C response 0x03EB (spec 01 §4.7): an {@code i32} count and 13-byte entries, one per
 * channel id from 0 to the highest configured id (gaps are inactive placeholders).
 *
 * @param channels the entries, entry index = channel id
 */
public record ChannelListResponse(List<Entry> channels) {

    /** Wire codec. */
    public static final Codec<ChannelListResponse> CODEC = StructCodec.of(
            Field.of("channels", Codecs.listI32(Entry.CODEC), ChannelListResponse::channels),
            ChannelListResponse::new);

    /**
     * Copies the list.
     */
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

        /** Wire codec. */
        public static final Codec<Entry> CODEC = StructCodec.of(
                Field.of("serverId", Codecs.U16, Entry::serverId),
                Field.of("channelId", Codecs.U16, Entry::channelId),
                Field.of("capacity", Codecs.I32, Entry::capacity),
                Field.of("population", Codecs.I32, Entry::population),
                Field.of("active", Codecs.BOOL8, Entry::active),
                Entry::new);

        /**
         * Validates the {@code u16} fields.
         */
        public Entry {
            if (serverId < 0 || serverId > 0xFFFF || channelId < 0 || channelId > 0xFFFF) {
                throw new IllegalArgumentException("serverId and channelId must be u16");
            }
        }

        /**
         * @param serverId  the server id
         * @param channelId the missing channel id
         * @return an inactive placeholder entry
         */
        public static Entry gap(int serverId, int channelId) {
            return new Entry(serverId, channelId, 0, 0, false);
        }
    }
}
