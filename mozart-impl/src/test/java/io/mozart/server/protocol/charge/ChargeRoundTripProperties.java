package io.mozart.server.protocol.charge;

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
 * Round trips, spec sizes and robust decoding for every record of the charge area.
 */
class ChargeRoundTripProperties {

    private static final PacketRegistry REGISTRY = registry();

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ChargePackets.register(b);
        return b.build();
    }

    @Provide
    Arbitrary<Object> records() {
        return RoundTripChecks.anyOf(ChargeArbitraries.all());
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
        if (record instanceof SyncPointResponse) {
            return 4;
        }
        if (record instanceof SyncCashPointResponse) {
            return 8;
        }
        if (record instanceof SyncFreePassResponse r) {
            // 05 §5: u32 result, then 5 × i32, u32 type, i32 cashPoint, cstr text, i32 seconds
            return 4 + (r.info() == null ? 0 : 33 + RoundTripChecks.utf8(r.info().remainingText()));
        }
        if (record instanceof CheckGiftFreePassRequest r) {
            return RoundTripChecks.utf8(r.name()) + 1;
        }
        if (record instanceof CheckGiftFreePassResponse r) {
            return 4 + RoundTripChecks.utf8(r.username()) + 1;
        }
        return 0; // SyncPoint, SyncCashPoint, SyncFreePass requests have no body
    }
}
