package io.mozart.server.protocol.planet;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Generic;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds the planet / authentication records of spec 01 §4 to their opcodes. */
public final class PlanetPackets {
    private PlanetPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(Generic.LEGACY_PING, LegacyPing.class, LegacyPing.CODEC)
                .register(Generic.PING, Ping.class, Ping.CODEC)
                .register(Request.AUTHORIZE, AuthRequest.class, AuthRequest.CODEC)
                .register(Response.AUTHORIZE, AuthResponse.class, AuthResponse.CODEC)
                .register(Request.SESSION_KEYS, SessionKeysRequest.class, SessionKeysRequest.CODEC)
                .register(Response.SESSION_KEYS, SessionKeysResponse.class, SessionKeysResponse.CODEC)
                .register(Request.TERMINATE, TerminateRequest.class, TerminateRequest.CODEC)
                .register(Request.GET_CHANNEL_LIST, GetChannelListRequest.class, GetChannelListRequest.CODEC)
                .register(Response.GET_CHANNEL_LIST, ChannelListResponse.class, ChannelListResponse.CODEC)
                .register(Request.CHANNEL_LOGIN, ChannelLoginRequest.class, ChannelLoginRequest.CODEC)
                .register(Response.CHANNEL_LOGIN, ChannelLoginResponse.class, ChannelLoginResponse.CODEC)
                .register(Request.CHANNEL_LOGOUT, ChannelLogoutRequest.class, ChannelLogoutRequest.CODEC)
                .register(Response.CHANNEL_LOGOUT, ChannelLogoutResponse.class, ChannelLogoutResponse.CODEC)
                .register(Response.FORCE_REAUTHORIZE, ForceReauthorizeResponse.class, ForceReauthorizeResponse.CODEC)
                .register(
                        Response.MULTI_SESSION_ERROR, MultiSessionErrorResponse.class, MultiSessionErrorResponse.CODEC);
    }
}
