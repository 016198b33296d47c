package io.mozart.server.protocol.myroom;

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
 * {@link MyRoomPackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class MyRoomRegistrationTest {

    private static Map<Class<?>, Integer> expected() {
        Map<Class<?>, Integer> m = new LinkedHashMap<>();
        m.put(EquipItemRequest.class, Opcodes.Request.EQUIP_ITEM);
        m.put(EquipItemResponse.class, Opcodes.Response.EQUIP_ITEM);
        m.put(ClaimGiftRequest.class, Opcodes.Request.CLAIM_GIFT);
        m.put(ClaimGiftResponse.class, Opcodes.Response.CLAIM_GIFT);
        m.put(ChangeNameRequest.class, Opcodes.Request.CHANGE_NAME);
        m.put(ChangeNameResponse.class, Opcodes.Response.CHANGE_NAME);
        m.put(CheckNameRequest.class, Opcodes.Request.CHECK_NAME);
        m.put(CheckNameResponse.class, Opcodes.Response.CHECK_NAME);
        m.put(PenaltyResetRequest.class, Opcodes.Request.PENALTY_RESET);
        m.put(PenaltyResetResponse.class, Opcodes.Response.PENALTY_RESET);
        m.put(BagExpansionRequest.class, Opcodes.Request.BAG_EXPANSION);
        m.put(BagExpansionResponse.class, Opcodes.Response.BAG_EXPANSION);
        m.put(RefreshBagRequest.class, Opcodes.Request.REFERSH_BAG);
        m.put(BagRefreshResponse.class, Opcodes.Response.BAG_REFRESH);
        return m;
    }

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        MyRoomPackets.register(b);
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
        assertEquals(registered, MyRoomArbitraries.all().keySet());
    }

    @Test
    void registeringTwiceIsRefused() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        MyRoomPackets.register(b);
        assertThrows(IllegalStateException.class, () -> MyRoomPackets.register(b));
    }
}
