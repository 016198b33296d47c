package io.mozart.server.protocol;

import io.mozart.encore.protocol.PacketRegistry;

/**
 * The two helpers {@code io.mozart.server.playing.rules.ResultRulesTest} uses, under their old name; both
 * delegate to {@link ProtocolFrames}, which every protocol test uses.
 */
public final class RoomRecordFrames {

    private RoomRecordFrames() {
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

    /**
     * @param bytes bytes
     * @return upper-case spaced hex
     * @see ProtocolFrames#hex(byte[])
     */
    public static String hex(final byte[] bytes) {
        return ProtocolFrames.hex(bytes);
    }
}
