package io.mozart.server.protocol.charge;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;

/**
 * Round trips, spec sizes and robust decoding for every record of the charge area.
 */
class ChargeRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(ChargePackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return ChargeArbitraries.all();
    }

    /** Every record of the area has a size in the spec (05). */
    @Override
    protected OptionalInt expectedBodySize(Object record) {
        return OptionalInt.of(specBodySize(record));
    }

    private static int specBodySize(Object record) {
        if (record instanceof SyncPointResponse) {
            return 4;
        }
        if (record instanceof SyncCashPointResponse) {
            return 8;
        }
        if (record instanceof SyncFreePassResponse r) {
            // 05 §5: u32 result, then 5 × i32, u32 type, i32 cashPoint, cstr text, i32 seconds
            return 4 + (r.info() == null ? 0 : 33 + ProtocolFrames.utf8(r.info().remainingText()));
        }
        if (record instanceof CheckGiftFreePassRequest r) {
            return ProtocolFrames.utf8(r.name()) + 1;
        }
        if (record instanceof CheckGiftFreePassResponse r) {
            return 4 + ProtocolFrames.utf8(r.username()) + 1;
        }
        return 0; // SyncPoint, SyncCashPoint, SyncFreePass requests have no body
    }
}
