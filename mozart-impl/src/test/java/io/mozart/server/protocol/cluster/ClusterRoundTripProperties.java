package io.mozart.server.protocol.cluster;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.common.EconomyWire;
import io.mozart.server.protocol.common.RoundTripChecks;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round trips, spec sizes and robust decoding for every record of the cluster area.
 */
class ClusterRoundTripProperties {

    private static final PacketRegistry REGISTRY = registry();

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ClusterPackets.register(b);
        return b.build();
    }

    @Provide
    Arbitrary<Object> records() {
        return RoundTripChecks.anyOf(ClusterArbitraries.all());
    }

    @Provide
    Arbitrary<Integer> opcodes() {
        return RoundTripChecks.opcodes(REGISTRY);
    }

    @Property(tries = 1500)
    void everyRecordRoundTrips(@ForAll("records") Object record) {
        RoundTripChecks.assertRoundTrip(REGISTRY, record);
    }

    @Property(tries = 1500)
    void bodySizesMatchTheSpec(@ForAll("records") Object record) {
        assertEquals(expectedBodySize(record), EconomyWire.bodyLength(REGISTRY, record), record::toString);
    }

    @Property(tries = 2000)
    void arbitraryBodiesDecodeOrFailCleanly(@ForAll("opcodes") int opcode, @ForAll @Size(max = 400) byte[] body) {
        RoundTripChecks.assertDecodesOrFailsCleanly(REGISTRY, opcode, body);
    }

    @Property(tries = 1000)
    void damagedEncodingsDecodeOrFailCleanly(@ForAll("records") Object record, @ForAll int position,
                                             @ForAll byte value, @ForAll boolean truncate) {
        RoundTripChecks.assertDamagedDecodesOrFails(REGISTRY, record, position, value, truncate);
    }

    static int expectedBodySize(Object record) {
        if (record instanceof CreateChannelResponse) {
            return 1;
        }
        if (record instanceof CreateChannelRequest) {
            return 8;
        }
        if (record instanceof GetChannelStatsRequest r) {
            return RoundTripChecks.utf8(r.requestId()) + 1;
        }
        if (record instanceof RevokeSessionCommand r) {
            return RoundTripChecks.utf8(r.sessionId()) + 1;
        }
        if (record instanceof GrantSessionRequest r) {
            return RoundTripChecks.utf8(r.sessionId()) + 1
                    + (r.clientId() == null ? 0 : RoundTripChecks.utf8(r.clientId()) + 1);
        }
        if (record instanceof GatewayRelay r) {
            return RoundTripChecks.utf8(r.sessionId()) + 1 + r.payload().length;
        }
        if (record instanceof ChannelRelay r) {
            return RoundTripChecks.utf8(r.sessionId()) + 1 + r.payload().length;
        }
        if (record instanceof GetChannelStatsResponse r) {
            return RoundTripChecks.utf8(r.requestId()) + 1 + 20;
        }
        if (record instanceof GrantSessionResponse r) {
            return 1 + RoundTripChecks.utf8(r.sessionId()) + 1 + RoundTripChecks.utf8(r.clientId()) + 1
                    + RoundTripChecks.utf8(r.username()) + 1 + RoundTripChecks.utf8(r.nickname()) + 1 + 16;
        }
        return 0; // DeleteChannel
    }
}
