package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * DeleteChannel — channel → gateway — ChannelCommand 0x0130 (spec 06 §7.3, 01 §3.6). Empty body; sent on
 * channel shutdown. The reference gateway has no handler for it; the following disconnect removes the channel.
 */
public record DeleteChannelCommand() {

    /** The only value. */
    public static final DeleteChannelCommand INSTANCE = new DeleteChannelCommand();

    /** The wire codec: no body. */
    public static final Codec<DeleteChannelCommand> CODEC = Codecs.unit(INSTANCE);
}
