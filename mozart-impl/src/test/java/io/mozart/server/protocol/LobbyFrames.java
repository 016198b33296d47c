package io.mozart.server.protocol;

import io.mozart.encore.protocol.PacketRegistry;

import java.util.function.Consumer;

/**
 * The two helpers {@code io.mozart.server.lobby.ListCapsTest} uses, under their old name; both delegate to
 * {@link ProtocolFrames}, which every protocol test uses.
 */
public final class LobbyFrames {

    private LobbyFrames() {
    }

    /**
     * @param areas the {@code register} methods to include
     * @return a registry holding those areas
     * @see ProtocolFrames#registry
     */
    @SafeVarargs
    public static PacketRegistry registry(final Consumer<PacketRegistry.Builder>... areas) {
        return ProtocolFrames.registry(areas);
    }

    /**
     * @param registry the registry
     * @param packet   the record
     * @return the frame bytes
     * @see ProtocolFrames#frame
     */
    public static byte[] frame(final PacketRegistry registry, final Object packet) {
        return ProtocolFrames.frame(registry, packet);
    }
}
