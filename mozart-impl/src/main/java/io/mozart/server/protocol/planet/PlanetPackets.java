package io.mozart.server.protocol.planet;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes;

/**
 * Binds the planet / authentication records of spec 01 §4 to their opcodes.
 *
 * <p>SubscriptionAlert (0x0032) is deliberately not registered: the spec defines no body for it and the
 * reference never sends it.
 */
public final class PlanetPackets {

    private PlanetPackets() {
    }

    /**
     * Registers every planet record.
     *
     * @param builder the registry builder
     */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(Opcodes.Generic.LEGACY_PING, LegacyPing.class, LegacyPing.CODEC)
                .register(Opcodes.Generic.PING, Ping.class, Ping.CODEC)
                .register(Opcodes.Request.AUTHORIZE, AuthRequest.class, AuthRequest.CODEC)
                .register(Opcodes.Response.AUTHORIZE, AuthResponse.class, AuthResponse.CODEC)
                .register(Opcodes.Request.SESSION_KEYS, SessionKeysRequest.class, SessionKeysRequest.CODEC)
                .register(Opcodes.Response.SESSION_KEYS, SessionKeysResponse.class, SessionKeysResponse.CODEC)
                .register(Opcodes.Request.TERMINATE, TerminateRequest.class, TerminateRequest.CODEC)
                .register(Opcodes.Request.GET_CHANNEL_LIST, GetChannelListRequest.class, GetChannelListRequest.CODEC)
                .register(Opcodes.Response.GET_CHANNEL_LIST, ChannelListResponse.class, ChannelListResponse.CODEC)
                .register(Opcodes.Request.CHANNEL_LOGIN, ChannelLoginRequest.class, ChannelLoginRequest.CODEC)
                .register(Opcodes.Response.CHANNEL_LOGIN, ChannelLoginResponse.class, ChannelLoginResponse.CODEC)
                .register(Opcodes.Request.CHANNEL_LOGOUT, ChannelLogoutRequest.class, ChannelLogoutRequest.CODEC)
                .register(Opcodes.Response.CHANNEL_LOGOUT, ChannelLogoutResponse.class, ChannelLogoutResponse.CODEC)
                .register(Opcodes.Response.FORCE_REAUTHORIZE, ForceReauthorizeResponse.class,
                        ForceReauthorizeResponse.CODEC)
                .register(Opcodes.Response.MULTI_SESSION_ERROR, MultiSessionErrorResponse.class,
                        MultiSessionErrorResponse.CODEC);
    }
}
