package io.mozart.server.protocol.shop;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.AreaRegistrationChecks;
import io.mozart.server.protocol.Opcodes;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * {@link ShopPackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class ShopRegistrationTest extends AreaRegistrationChecks {

    @Override
    protected void register(PacketRegistry.Builder b) {
        ShopPackets.register(b);
    }

    @Override
    protected Map<Class<?>, Integer> expectedOpcodes() {
        final Map<Class<?>, Integer> m = new LinkedHashMap<>();
        m.put(SyncItemPurchaseRequest.class, Opcodes.Request.SYNC_ITEM_PURCHASE);
        m.put(SyncPurchaseResponse.class, Opcodes.Response.SYNC_PURCHASE);
        m.put(SellItemRequest.class, Opcodes.Request.SELL_ITEM);
        m.put(SellItemResponse.class, Opcodes.Response.SELL_ITEM);
        m.put(EnterShopRequest.class, Opcodes.Request.ENTER_SHOP);
        m.put(ExitShopRequest.class, Opcodes.Request.EXIT_SHOP);
        m.put(StartPaymentRequest.class, Opcodes.Request.START_PAYMENT);
        m.put(StartPaymentResponse.class, Opcodes.Response.START_PAYMENT);
        m.put(SyncMusicPurchaseRequest.class, Opcodes.Request.SYNC_MUSIC_PURCHASE);
        m.put(SyncMusicPurchaseResponse.class, Opcodes.Response.SYNC_MUSIC_PURCHASE);
        return m;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return ShopArbitraries.all();
    }
}
