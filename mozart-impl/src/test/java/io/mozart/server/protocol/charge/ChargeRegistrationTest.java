package io.mozart.server.protocol.charge;

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
 * {@link ChargePackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class ChargeRegistrationTest {

    private static Map<Class<?>, Integer> expected() {
        Map<Class<?>, Integer> m = new LinkedHashMap<>();
        m.put(SyncPointRequest.class, Opcodes.Request.SYNC_POINT);
        m.put(SyncPointResponse.class, Opcodes.Response.SYNC_POINT);
        m.put(SyncCashPointRequest.class, Opcodes.Request.SYNC_CASH_POINT);
        m.put(SyncCashPointResponse.class, Opcodes.Response.SYNC_CASH_POINT);
        m.put(SyncFreePassRequest.class, Opcodes.Request.SYNC_FREE_PASS);
        m.put(SyncFreePassResponse.class, Opcodes.Response.SYNC_FREE_PASS);
        m.put(CheckGiftFreePassRequest.class, Opcodes.Request.CHECK_GIFT_FREE_PASS);
        m.put(CheckGiftFreePassResponse.class, Opcodes.Response.CHECK_GIFT_FREE_PASS);
        return m;
    }

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ChargePackets.register(b);
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
        assertEquals(registered, ChargeArbitraries.all().keySet());
    }

    @Test
    void registeringTwiceIsRefused() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ChargePackets.register(b);
        assertThrows(IllegalStateException.class, () -> ChargePackets.register(b));
    }
}
