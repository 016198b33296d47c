package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** ChannelLogout, S→C response 0x07E6 (spec 01 §4.10, 02 §5.6): frame {@code 08 00 E6 07 00 00 00 00}. */
public record ChannelLogoutResponse(int cancel) implements ServerMessage {
    /** The reply the reference always sends. */
    public static final ChannelLogoutResponse INSTANCE = new ChannelLogoutResponse(0);

    public static final Codec<ChannelLogoutResponse> CODEC =
            of(of("cancel", I32, ChannelLogoutResponse::cancel), ChannelLogoutResponse::new);
}
