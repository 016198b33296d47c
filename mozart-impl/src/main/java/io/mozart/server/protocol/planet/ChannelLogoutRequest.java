package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ChannelLogout, C→S request 0x07E5 (spec 01 §4.10, 02 §5.6). No body. */
public record ChannelLogoutRequest() implements ClientMessage {
    public static final ChannelLogoutRequest INSTANCE = new ChannelLogoutRequest();
    public static final Codec<ChannelLogoutRequest> CODEC = unit(INSTANCE);
}
