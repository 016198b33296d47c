package io.mozart.server.protocol.shop;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes;

/**
 * Binds the item-shop and music-shop records of spec 05 §3–§4 to their opcodes.
 */
public final class ShopPackets {

    private ShopPackets() {
    }

    /**
     * Registers every record of the area.
     *
     * @param builder the client-protocol registry under construction
     */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(Opcodes.Request.ENTER_SHOP, EnterShopRequest.class, EnterShopRequest.CODEC)
                .register(Opcodes.Request.EXIT_SHOP, ExitShopRequest.class, ExitShopRequest.CODEC)
                .register(Opcodes.Request.START_PAYMENT, StartPaymentRequest.class, StartPaymentRequest.CODEC)
                .register(Opcodes.Response.START_PAYMENT, StartPaymentResponse.class, StartPaymentResponse.CODEC)
                .register(Opcodes.Request.SYNC_ITEM_PURCHASE, SyncItemPurchaseRequest.class,
                        SyncItemPurchaseRequest.CODEC)
                .register(Opcodes.Response.SYNC_PURCHASE, SyncPurchaseResponse.class, SyncPurchaseResponse.CODEC)
                .register(Opcodes.Request.SELL_ITEM, SellItemRequest.class, SellItemRequest.CODEC)
                .register(Opcodes.Response.SELL_ITEM, SellItemResponse.class, SellItemResponse.CODEC)
                .register(Opcodes.Request.SYNC_MUSIC_PURCHASE, SyncMusicPurchaseRequest.class,
                        SyncMusicPurchaseRequest.CODEC)
                .register(Opcodes.Response.SYNC_MUSIC_PURCHASE, SyncMusicPurchaseResponse.class,
                        SyncMusicPurchaseResponse.CODEC);
    }
}
