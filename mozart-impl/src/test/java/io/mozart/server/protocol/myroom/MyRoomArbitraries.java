package io.mozart.server.protocol.myroom;

import io.mozart.server.protocol.common.SharedEntryArbitraries;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * An arbitrary for every record of the my-room area (spec 05 §6).
 */
public final class MyRoomArbitraries {

    private MyRoomArbitraries() {}

    /** @return EquipmentInfo values */
    public static Arbitrary<EquipmentInfo> equipmentInfo() {
        Arbitrary<Integer> i = Arbitraries.integers();
        return Combinators.combine(i, i, i, i).as(EquipmentInfo::new);
    }

    /** @return BagRefreshResponse values, including the never-sent invalid = 1 */
    public static Arbitrary<BagRefreshResponse> bagRefreshResponse() {
        return SharedEntryArbitraries.bag()
                .flatMap(bag -> Combinators.combine(
                                Arbitraries.of(false, true), SharedEntryArbitraries.attributiveFor(bag.size()))
                        .as((invalid, attributive) -> new BagRefreshResponse(invalid, bag, attributive)));
    }

    /** @return an arbitrary per record class of the area */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Arbitrary<Integer> i32 = Arbitraries.integers();
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(EquipItemRequest.class, Combinators.combine(i32, i32).as(EquipItemRequest::new));
        m.put(
                EquipItemResponse.class,
                Arbitraries.oneOf(
                        Arbitraries.just(EquipItemResponse.rejected()),
                        equipmentInfo().map(EquipItemResponse::accepted)));
        m.put(
                ClaimGiftRequest.class,
                Combinators.combine(Arbitraries.integers().between(0, 255), i32, i32, Arbitraries.of(false, true))
                        .as(ClaimGiftRequest::new));
        m.put(
                ClaimGiftResponse.class,
                Combinators.combine(
                                Arbitraries.of(false, true),
                                Arbitraries.integers().between(0, 255))
                        .as(ClaimGiftResponse::new));
        m.put(
                ChangeNameRequest.class,
                Combinators.combine(SharedEntryArbitraries.text(60), i32, i32).as(ChangeNameRequest::new));
        m.put(
                ChangeNameResponse.class,
                Arbitraries.oneOf(
                        Arbitraries.just(ChangeNameResponse.rejected()),
                        SharedEntryArbitraries.text(60).map(ChangeNameResponse::accepted)));
        m.put(CheckNameRequest.class, SharedEntryArbitraries.text(60).map(CheckNameRequest::new));
        m.put(
                CheckNameResponse.class,
                Combinators.combine(Arbitraries.of(false, true), SharedEntryArbitraries.text(60))
                        .as(CheckNameResponse::new));
        m.put(PenaltyResetRequest.class, Arbitraries.just(PenaltyResetRequest.INSTANCE));
        m.put(PenaltyResetResponse.class, Arbitraries.of(false, true).map(PenaltyResetResponse::new));
        m.put(BagExpansionRequest.class, Combinators.combine(i32, i32).as(BagExpansionRequest::new));
        m.put(
                BagExpansionResponse.class,
                Arbitraries.oneOf(
                        Arbitraries.just(BagExpansionResponse.rejected()),
                        Arbitraries.just(BagExpansionResponse.accepted()),
                        i32.map(n -> new BagExpansionResponse(false, n))));
        m.put(RefreshBagRequest.class, Arbitraries.just(RefreshBagRequest.INSTANCE));
        m.put(BagRefreshResponse.class, bagRefreshResponse());
        return m;
    }
}
