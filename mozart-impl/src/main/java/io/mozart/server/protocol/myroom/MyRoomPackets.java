package io.mozart.server.protocol.myroom;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds the my-room records of spec 05 §6 to their opcodes. */
public final class MyRoomPackets {
    private MyRoomPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(Request.EQUIP_ITEM, EquipItemRequest.class, EquipItemRequest.CODEC)
                .register(Response.EQUIP_ITEM, EquipItemResponse.class, EquipItemResponse.CODEC)
                .register(Request.CLAIM_GIFT, ClaimGiftRequest.class, ClaimGiftRequest.CODEC)
                .register(Response.CLAIM_GIFT, ClaimGiftResponse.class, ClaimGiftResponse.CODEC)
                .register(Request.CHANGE_NAME, ChangeNameRequest.class, ChangeNameRequest.CODEC)
                .register(Response.CHANGE_NAME, ChangeNameResponse.class, ChangeNameResponse.CODEC)
                .register(Request.CHECK_NAME, CheckNameRequest.class, CheckNameRequest.CODEC)
                .register(Response.CHECK_NAME, CheckNameResponse.class, CheckNameResponse.CODEC)
                .register(Request.PENALTY_RESET, PenaltyResetRequest.class, PenaltyResetRequest.CODEC)
                .register(Response.PENALTY_RESET, PenaltyResetResponse.class, PenaltyResetResponse.CODEC)
                .register(Request.BAG_EXPANSION, BagExpansionRequest.class, BagExpansionRequest.CODEC)
                .register(Response.BAG_EXPANSION, BagExpansionResponse.class, BagExpansionResponse.CODEC)
                .register(Request.REFERSH_BAG, RefreshBagRequest.class, RefreshBagRequest.CODEC)
                .register(Response.BAG_REFRESH, BagRefreshResponse.class, BagRefreshResponse.CODEC);
    }
}
