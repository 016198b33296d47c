package io.mozart.server.protocol.myroom;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;

/**
 * Round trips, spec sizes and robust decoding for every record of the myroom area.
 */
class MyRoomRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(MyRoomPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return MyRoomArbitraries.all();
    }

    /** Every record of the area has a size in the spec (05). */
    @Override
    protected OptionalInt expectedBodySize(Object record) {
        return OptionalInt.of(specBodySize(record));
    }

    private static int specBodySize(Object record) {
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
            return ProtocolFrames.utf8(r.name()) + 1 + 8;
        }
        if (record instanceof ChangeNameResponse r) {
            return r.invalid() ? 4 : 4 + ProtocolFrames.utf8(r.name()) + 1;
        }
        if (record instanceof CheckNameRequest r) {
            return ProtocolFrames.utf8(r.name()) + 1;
        }
        if (record instanceof CheckNameResponse r) {
            return 4 + ProtocolFrames.utf8(r.name()) + 1;
        }
        if (record instanceof PenaltyResetResponse) {
            return 4;
        }
        if (record instanceof BagExpansionResponse r) {
            return r.invalid() ? 4 : 8;
        }
        if (record instanceof BagRefreshResponse r) {
            return 4
                    + 4
                    + 4 * r.bag().size()
                    + 4
                    + AttributiveItemEntry.SIZE * r.attributiveItems().size();
        }
        return 0; // PenaltyReset and RefreshBag requests have no body
    }
}
