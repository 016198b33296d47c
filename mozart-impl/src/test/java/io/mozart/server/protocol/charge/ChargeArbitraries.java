package io.mozart.server.protocol.charge;

import io.mozart.server.protocol.common.SharedEntryArbitraries;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * An arbitrary for every record of the charge area (spec 05 §5).
 */
public final class ChargeArbitraries {

    private ChargeArbitraries() {}

    /** @return UserFreePassInfo values */
    public static Arbitrary<UserFreePassInfo> userFreePassInfo() {
        Arbitrary<int[]> ints = Arbitraries.integers().array(int[].class).ofSize(7);
        Arbitrary<Long> type = Arbitraries.oneOf(
                Arbitraries.of(0L, 1L, 2L, 4L, 8L, 0x40L, 0x420L),
                Arbitraries.longs().between(0, 0xFFFFFFFFL));
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.of("05:00:00", "29.23:59:58.4412345", "-00:00:01"),
                SharedEntryArbitraries.text(30));
        return Combinators.combine(ints, type, text)
                .as((v, t, s) -> new UserFreePassInfo(v[0], v[1], v[2], v[3], v[4], t, v[5], s, v[6]));
    }

    /** @return SyncFreePassResponse values: success with info, Unknown with and without info */
    public static Arbitrary<SyncFreePassResponse> syncFreePassResponse() {
        return Arbitraries.oneOf(
                userFreePassInfo().map(SyncFreePassResponse::success),
                userFreePassInfo().injectNull(0.5).map(i -> new SyncFreePassResponse(SyncFreePassResponse.UNKNOWN, i)),
                Combinators.combine(Arbitraries.longs().between(1, 0xFFFFFFFFL), userFreePassInfo())
                        .as(SyncFreePassResponse::new));
    }

    /** @return an arbitrary per record class of the area */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(SyncPointRequest.class, Arbitraries.just(SyncPointRequest.INSTANCE));
        m.put(SyncPointResponse.class, Arbitraries.integers().map(SyncPointResponse::new));
        m.put(SyncCashPointRequest.class, Arbitraries.just(SyncCashPointRequest.INSTANCE));
        m.put(
                SyncCashPointResponse.class,
                Combinators.combine(Arbitraries.integers(), Arbitraries.integers())
                        .as(SyncCashPointResponse::new));
        m.put(SyncFreePassRequest.class, Arbitraries.just(SyncFreePassRequest.INSTANCE));
        m.put(SyncFreePassResponse.class, syncFreePassResponse());
        m.put(CheckGiftFreePassRequest.class, SharedEntryArbitraries.text(60).map(CheckGiftFreePassRequest::new));
        m.put(
                CheckGiftFreePassResponse.class,
                Arbitraries.oneOf(
                        Arbitraries.just(CheckGiftFreePassResponse.notFound()),
                        SharedEntryArbitraries.text(50).map(CheckGiftFreePassResponse::found)));
        return m;
    }
}
