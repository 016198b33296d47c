package io.mozart.server.protocol.shop;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds the item-shop and music-shop records of spec 05 §3–§4 to their opcodes. */
public final class ShopPackets {
    private ShopPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(Request.ENTER_SHOP, EnterShopRequest.class, EnterShopRequest.CODEC)
                .register(Request.EXIT_SHOP, ExitShopRequest.class, ExitShopRequest.CODEC)
                .register(Request.START_PAYMENT, StartPaymentRequest.class, StartPaymentRequest.CODEC)
                .register(Response.START_PAYMENT, StartPaymentResponse.class, StartPaymentResponse.CODEC)
                .register(Request.SYNC_ITEM_PURCHASE, SyncItemPurchaseRequest.class, SyncItemPurchaseRequest.CODEC)
                .register(Response.SYNC_PURCHASE, SyncPurchaseResponse.class, SyncPurchaseResponse.CODEC)
                .register(Request.SELL_ITEM, SellItemRequest.class, SellItemRequest.CODEC)
                .register(Response.SELL_ITEM, SellItemResponse.class, SellItemResponse.CODEC)
                .register(Request.SYNC_MUSIC_PURCHASE, SyncMusicPurchaseRequest.class, SyncMusicPurchaseRequest.CODEC)
                .register(
                        Response.SYNC_MUSIC_PURCHASE, SyncMusicPurchaseResponse.class, SyncMusicPurchaseResponse.CODEC);
    }
}
