package io.mozart.server.protocol.planet;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;

/** The shared record properties ({@link RecordCodecProperties}) for the planet area, with its spec sizes. */
class PlanetRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(PlanetPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return PlanetArbitraries.all();
    }

    @Override
    protected int samplesPerRecord() {
        return 100;
    }

    /** Sizes the spec fixes (01 §4). */
    @Override
    protected OptionalInt expectedBodySize(Object p) {
        if (p instanceof LegacyPing
                || p instanceof Ping
                || p instanceof SessionKeysRequest
                || p instanceof TerminateRequest
                || p instanceof GetChannelListRequest
                || p instanceof ChannelLogoutRequest
                || p instanceof ForceReauthorizeResponse
                || p instanceof MultiSessionErrorResponse) {
            return OptionalInt.of(0);
        }
        if (p instanceof SessionKeysResponse) {
            return OptionalInt.of(51);
        }
        if (p instanceof ChannelLoginRequest || p instanceof ChannelLogoutResponse) {
            return OptionalInt.of(4);
        }
        if (p instanceof ChannelLoginResponse r) {
            return OptionalInt.of(r.restricted() == null ? 4 : 8);
        }
        if (p instanceof ChannelListResponse r) {
            return OptionalInt.of(
                    4 + ChannelListResponse.Entry.SIZE * r.channels().size());
        }
        if (p instanceof AuthResponse r) {
            if (r.passInfo() == null) {
                return OptionalInt.of(4);
            }
            AuthResponse.PassInfo i = r.passInfo();
            int starter = i.starterPassText() == null ? 0 : utf8(i.starterPassText()) + 1;
            return OptionalInt.of(4 + 4 + utf8(i.freePassText()) + 1 + 4 + 2 + starter);
        }
        if (p instanceof AuthRequest r) {
            int gender = GenderCode.format(r.gender()).length() + 1;
            return OptionalInt.of(4 + utf8(r.token()) + 1 + gender + 1 + utf8(r.clientId()) + 1);
        }
        return OptionalInt.empty();
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
