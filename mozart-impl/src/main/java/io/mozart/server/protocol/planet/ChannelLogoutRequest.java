package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * ChannelLogout, C→S request 0x07E5 (spec 01 §4.10, 02 §5.6). No body.
 */
public record ChannelLogoutRequest() {

    /** The only value. */
    public static final ChannelLogoutRequest INSTANCE = new ChannelLogoutRequest();

    /** No body. */
    public static final Codec<ChannelLogoutRequest> CODEC = Codecs.unit(INSTANCE);
}
