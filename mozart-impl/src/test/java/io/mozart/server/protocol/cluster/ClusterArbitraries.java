package io.mozart.server.protocol.cluster;

import io.mozart.server.protocol.common.SharedEntryArbitraries;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * An arbitrary for every record of the internal gateway/channel link (spec 06 §7).
 */
public final class ClusterArbitraries {

    private ClusterArbitraries() {}

    /** @return ids that fit an S128 field: tokens, GUIDs, or text of at most 42 chars (≤ 126 bytes) */
    public static Arbitrary<String> id() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(32),
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                        .as((hi, lo) -> new UUID(hi, lo).toString().toUpperCase(Locale.ROOT)),
                SharedEntryArbitraries.text(42));
    }

    /** @return client payloads: an opcode and up to 300 body bytes */
    public static Arbitrary<byte[]> payload() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(2).ofMaxSize(302);
    }

    /** @return an arbitrary per record class of the link */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Arbitrary<Integer> i32 = Arbitraries.integers();
        Arbitrary<Float> f32 = Arbitraries.oneOf(Arbitraries.floats(), Arbitraries.of(1.0f, 1.5f, 0f, -0f));
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(CreateChannelResponse.class, Arbitraries.of(false, true).map(CreateChannelResponse::new));
        m.put(GetChannelStatsRequest.class, id().map(GetChannelStatsRequest::new));
        m.put(
                GrantSessionRequest.class,
                Combinators.combine(id(), id().injectNull(0.5)).as(GrantSessionRequest::new));
        m.put(RevokeSessionCommand.class, id().map(RevokeSessionCommand::new));
        m.put(GatewayRelay.class, Combinators.combine(id(), payload()).as(GatewayRelay::new));
        m.put(CreateChannelRequest.class, Combinators.combine(i32, i32).as(CreateChannelRequest::new));
        m.put(
                GetChannelStatsResponse.class,
                Combinators.combine(id(), i32, i32, i32, f32, f32).as(GetChannelStatsResponse::new));
        m.put(ChannelRelay.class, Combinators.combine(id(), payload()).as(ChannelRelay::new));
        m.put(
                GrantSessionResponse.class,
                Combinators.combine(Arbitraries.of(false, true), id(), id(), id(), id(), i32, i32, i32)
                        .flatAs((ok, s, c, u, n, r, ch, cap) ->
                                i32.map(count -> new GrantSessionResponse(ok, s, c, u, n, r, ch, cap, count))));
        m.put(DeleteChannelCommand.class, Arbitraries.just(DeleteChannelCommand.INSTANCE));
        m.put(GatewayHeartbeat.class, Arbitraries.just(GatewayHeartbeat.INSTANCE));
        m.put(ChannelHeartbeat.class, Combinators.combine(i32, i32, i32).as(ChannelHeartbeat::new));
        return m;
    }
}
