package io.mozart.server.protocol.shop;

import io.mozart.server.protocol.common.SharedEntryArbitraries;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * An arbitrary for every record of the item-shop and music-shop area (spec 05 §3–§4).
 */
public final class ShopArbitraries {

    private ShopArbitraries() {}

    /** @return SyncPurchaseResponse values with every bag capacity */
    public static Arbitrary<SyncPurchaseResponse> syncPurchaseResponse() {
        return SharedEntryArbitraries.bag()
                .flatMap(bag -> Combinators.combine(
                                Arbitraries.integers().array(int[].class).ofSize(6),
                                SharedEntryArbitraries.attributiveFor(bag.size()),
                                Arbitraries.integers().greaterOrEqual(0))
                        .as((w, attributive, days) ->
                                new SyncPurchaseResponse(w[0], w[1], w[2], w[3], bag, w[4], w[5], attributive, days)));
    }

    /** @return SyncMusicPurchaseResponse values */
    public static Arbitrary<SyncMusicPurchaseResponse> syncMusicPurchaseResponse() {
        Arbitrary<Integer> i32 = Arbitraries.integers();
        Arbitrary<int[]> wallet = i32.array(int[].class).ofSize(7);
        return Combinators.combine(
                        wallet,
                        SharedEntryArbitraries.musicPremiumEntry().list().ofMaxSize(60),
                        SharedEntryArbitraries.giftItemEntry().list().ofMaxSize(8),
                        SharedEntryArbitraries.giftMusicEntry().list().ofMaxSize(8))
                .as((w, entries, items, music) ->
                        new SyncMusicPurchaseResponse(w[0], w[1], w[2], w[3], w[4], w[5], entries, items, music, w[6]));
    }

    /** @return SellItemResponse values, both shapes */
    public static Arbitrary<SellItemResponse> sellItemResponse() {
        return Arbitraries.oneOf(
                Arbitraries.just(SellItemResponse.rejected()),
                Arbitraries.integers().map(SellItemResponse::accepted));
    }

    /** @return an arbitrary per record class of the area */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(EnterShopRequest.class, Arbitraries.just(EnterShopRequest.INSTANCE));
        m.put(ExitShopRequest.class, Arbitraries.just(ExitShopRequest.INSTANCE));
        m.put(StartPaymentRequest.class, Arbitraries.just(StartPaymentRequest.INSTANCE));
        m.put(StartPaymentResponse.class, Arbitraries.just(StartPaymentResponse.INSTANCE));
        m.put(SyncItemPurchaseRequest.class, Arbitraries.just(SyncItemPurchaseRequest.INSTANCE));
        m.put(SyncPurchaseResponse.class, syncPurchaseResponse());
        m.put(SellItemRequest.class, Arbitraries.integers().map(SellItemRequest::new));
        m.put(SellItemResponse.class, sellItemResponse());
        m.put(SyncMusicPurchaseRequest.class, Arbitraries.just(SyncMusicPurchaseRequest.INSTANCE));
        m.put(SyncMusicPurchaseResponse.class, syncMusicPurchaseResponse());
        return m;
    }
}
