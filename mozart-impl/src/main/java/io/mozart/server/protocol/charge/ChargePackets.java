package io.mozart.server.protocol.charge;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes;

/**
 * Binds the charge records of spec 05 §5 to their opcodes.
 */
public final class ChargePackets {

    private ChargePackets() {
    }

    /**
     * Registers every record of the area.
     *
     * @param builder the client-protocol registry under construction
     */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(Opcodes.Request.SYNC_POINT, SyncPointRequest.class, SyncPointRequest.CODEC)
                .register(Opcodes.Response.SYNC_POINT, SyncPointResponse.class, SyncPointResponse.CODEC)
                .register(Opcodes.Request.SYNC_CASH_POINT, SyncCashPointRequest.class, SyncCashPointRequest.CODEC)
                .register(Opcodes.Response.SYNC_CASH_POINT, SyncCashPointResponse.class,
                        SyncCashPointResponse.CODEC)
                .register(Opcodes.Request.SYNC_FREE_PASS, SyncFreePassRequest.class, SyncFreePassRequest.CODEC)
                .register(Opcodes.Response.SYNC_FREE_PASS, SyncFreePassResponse.class, SyncFreePassResponse.CODEC)
                .register(Opcodes.Request.CHECK_GIFT_FREE_PASS, CheckGiftFreePassRequest.class,
                        CheckGiftFreePassRequest.CODEC)
                .register(Opcodes.Response.CHECK_GIFT_FREE_PASS, CheckGiftFreePassResponse.class,
                        CheckGiftFreePassResponse.CODEC);
    }
}
