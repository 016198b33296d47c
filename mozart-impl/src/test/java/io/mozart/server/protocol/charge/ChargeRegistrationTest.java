package io.mozart.server.protocol.charge;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.AreaRegistrationChecks;
import io.mozart.server.protocol.Opcodes;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * {@link ChargePackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class ChargeRegistrationTest extends AreaRegistrationChecks {

    @Override
    protected void register(PacketRegistry.Builder b) {
        ChargePackets.register(b);
    }

    @Override
    protected Map<Class<?>, Integer> expectedOpcodes() {
        final Map<Class<?>, Integer> m = new LinkedHashMap<>();
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

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return ChargeArbitraries.all();
    }
}
