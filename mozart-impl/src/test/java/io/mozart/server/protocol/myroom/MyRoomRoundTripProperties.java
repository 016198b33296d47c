package io.mozart.server.protocol.myroom;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.common.EconomyWire;
import io.mozart.server.protocol.common.RoundTripChecks;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Round trips, spec sizes and robust decoding for every record of the myroom area.
 */
class MyRoomRoundTripProperties {

    private static final PacketRegistry REGISTRY = registry();

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        MyRoomPackets.register(b);
        return b.build();
    }

    @Provide
    Arbitrary<Object> records() {
        return RoundTripChecks.anyOf(MyRoomArbitraries.all());
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
        if (record instanceof EquipItemRequest || record instanceof BagExpansionRequest) {
            return 8;
        }
        if (record instanceof EquipItemResponse r) {
            return r.invalid() ? 4 : 4 + EquipmentInfo.SIZE;
        }
        if (record instanceof ClaimGiftRequest) {
            return 10;
        }
        if (record instanceof ClaimGiftResponse) {
            return 5;
        }
        if (record instanceof ChangeNameRequest r) {
            return RoundTripChecks.utf8(r.name()) + 1 + 8;
        }
        if (record instanceof ChangeNameResponse r) {
            return r.invalid() ? 4 : 4 + RoundTripChecks.utf8(r.name()) + 1;
        }
        if (record instanceof CheckNameRequest r) {
            return RoundTripChecks.utf8(r.name()) + 1;
        }
        if (record instanceof CheckNameResponse r) {
            return 4 + RoundTripChecks.utf8(r.name()) + 1;
        }
        if (record instanceof PenaltyResetResponse) {
            return 4;
        }
        if (record instanceof BagExpansionResponse r) {
            return r.invalid() ? 4 : 8;
        }
        if (record instanceof BagRefreshResponse r) {
            return 4 + 4 + 4 * r.bag().size() + 4 + AttributiveItemEntry.SIZE * r.attributiveItems().size();
        }
        return 0; // PenaltyReset and RefreshBag requests have no body
    }
}
