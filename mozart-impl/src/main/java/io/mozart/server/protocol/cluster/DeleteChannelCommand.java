package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;

/** DeleteChannel — channel → gateway — ChannelCommand 0x0130 (spec 06 §7.3, 01 §3.6). */
public record DeleteChannelCommand() implements LinkMessage.FromChannel {
    public static final DeleteChannelCommand INSTANCE = new DeleteChannelCommand();
    public static final Codec<DeleteChannelCommand> CODEC = unit(INSTANCE);
}
