package io.mozart.server.protocol.myroom;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.AreaRegistrationChecks;
import io.mozart.server.protocol.Opcodes;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * {@link MyRoomPackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class MyRoomRegistrationTest extends AreaRegistrationChecks {

    @Override
    protected void register(PacketRegistry.Builder b) {
        MyRoomPackets.register(b);
    }

    @Override
    protected Map<Class<?>, Integer> expectedOpcodes() {
        final Map<Class<?>, Integer> m = new LinkedHashMap<>();
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

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return MyRoomArbitraries.all();
    }
}
