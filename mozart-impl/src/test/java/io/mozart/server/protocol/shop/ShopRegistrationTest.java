package io.mozart.server.protocol.shop;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.Opcodes;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link ShopPackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class ShopRegistrationTest {

    private static Map<Class<?>, Integer> expected() {
        Map<Class<?>, Integer> m = new LinkedHashMap<>();
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

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ShopPackets.register(b);
        return b.build();
    }

    @Test
    void everyRecordIsBoundToItsOpcode() {
        PacketRegistry registry = registry();
        Map<Class<?>, Integer> expected = expected();
        assertEquals(expected.size(), registry.types().size());
        for (Map.Entry<Class<?>, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), registry.byClass(e.getKey()).opcode(), e.getKey().getSimpleName());
        }
    }

    @Test
    void everyRegisteredClassHasAnArbitraryAndNoOtherClassDoes() {
        Set<Class<?>> registered = registry().types().stream().map(PacketType::type).collect(Collectors.toSet());
        assertEquals(registered, ShopArbitraries.all().keySet());
    }

    @Test
    void registeringTwiceIsRefused() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ShopPackets.register(b);
        assertThrows(IllegalStateException.class, () -> ShopPackets.register(b));
    }
}
