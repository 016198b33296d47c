package io.mozart.server.protocol.charge;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds the charge records of spec 05 §5 to their opcodes. */
public final class ChargePackets {
    private ChargePackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(Request.SYNC_POINT, SyncPointRequest.class, SyncPointRequest.CODEC)
                .register(Response.SYNC_POINT, SyncPointResponse.class, SyncPointResponse.CODEC)
                .register(Request.SYNC_CASH_POINT, SyncCashPointRequest.class, SyncCashPointRequest.CODEC)
                .register(Response.SYNC_CASH_POINT, SyncCashPointResponse.class, SyncCashPointResponse.CODEC)
                .register(Request.SYNC_FREE_PASS, SyncFreePassRequest.class, SyncFreePassRequest.CODEC)
                .register(Response.SYNC_FREE_PASS, SyncFreePassResponse.class, SyncFreePassResponse.CODEC)
                .register(Request.CHECK_GIFT_FREE_PASS, CheckGiftFreePassRequest.class, CheckGiftFreePassRequest.CODEC)
                .register(
                        Response.CHECK_GIFT_FREE_PASS,
                        CheckGiftFreePassResponse.class,
                        CheckGiftFreePassResponse.CODEC);
    }
}
