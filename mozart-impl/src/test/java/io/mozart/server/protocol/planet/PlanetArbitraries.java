package io.mozart.server.protocol.planet;

import static io.mozart.server.protocol.ProtocolFrames.i32;
import static io.mozart.server.protocol.ProtocolFrames.text;
import static io.mozart.server.protocol.ProtocolFrames.u16;
import static io.mozart.server.protocol.ProtocolFrames.u32;
import static io.mozart.server.protocol.ProtocolFrames.u8;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for every planet record. */
public final class PlanetArbitraries {

    private PlanetArbitraries() {}

    /** @return an arbitrary per record class */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(LegacyPing.class, Arbitraries.just(LegacyPing.INSTANCE));
        m.put(Ping.class, Arbitraries.just(Ping.INSTANCE));
        m.put(AuthRequest.class, authRequest());
        m.put(AuthResponse.class, authResponse());
        m.put(SessionKeysRequest.class, Arbitraries.just(SessionKeysRequest.INSTANCE));
        m.put(SessionKeysResponse.class, sessionKeysResponse());
        m.put(TerminateRequest.class, Arbitraries.just(TerminateRequest.INSTANCE));
        m.put(GetChannelListRequest.class, Arbitraries.just(GetChannelListRequest.INSTANCE));
        m.put(ChannelListResponse.class, channelEntry().list().ofMaxSize(12).map(ChannelListResponse::new));
        m.put(
                ChannelLoginRequest.class,
                Combinators.combine(Arbitraries.shorts(), Arbitraries.shorts()).as(ChannelLoginRequest::new));
        m.put(ChannelLoginResponse.class, channelLoginResponse());
        m.put(ChannelLogoutRequest.class, Arbitraries.just(ChannelLogoutRequest.INSTANCE));
        m.put(ChannelLogoutResponse.class, i32().map(ChannelLogoutResponse::new));
        m.put(ForceReauthorizeResponse.class, Arbitraries.just(ForceReauthorizeResponse.INSTANCE));
        m.put(MultiSessionErrorResponse.class, Arbitraries.just(MultiSessionErrorResponse.INSTANCE));
        return m;
    }

    static Arbitrary<AuthRequest> authRequest() {
        return Combinators.combine(i32(), text(40), Arbitraries.of(Gender.class), u8(), text(20))
                .as(AuthRequest::new);
    }

    static Arbitrary<AuthResponse.PassInfo> passInfo() {
        Arbitrary<String> durationText = Arbitraries.oneOf(Arbitraries.just(""), text(30));
        return Combinators.combine(u32(), durationText, i32(), Arbitraries.of(true, false), durationText)
                .as((type, freeText, seconds, active, starterText) ->
                        new AuthResponse.PassInfo(type, freeText, seconds, active, active ? starterText : null));
    }

    static Arbitrary<AuthResponse> authResponse() {
        Arbitrary<AuthResponse> failure =
                i32().filter(r -> r != AuthResponse.SUCCESS).map(AuthResponse::failure);
        return Arbitraries.oneOf(failure, passInfo().map(AuthResponse::success));
    }

    static Arbitrary<SessionKeysResponse> sessionKeysResponse() {
        return Combinators.combine(
                        Arbitraries.shorts(),
                        u8(),
                        Arbitraries.bytes().array(byte[].class).ofSize(SessionKeysResponse.PRIMARY_KEY_LENGTH),
                        Arbitraries.bytes().array(byte[].class).ofSize(SessionKeysResponse.SECONDARY_KEY_LENGTH))
                .as(SessionKeysResponse::new);
    }

    static Arbitrary<ChannelListResponse.Entry> channelEntry() {
        return Combinators.combine(u16(), u16(), i32(), i32(), Arbitraries.of(true, false))
                .as(ChannelListResponse.Entry::new);
    }

    static Arbitrary<ChannelLoginResponse> channelLoginResponse() {
        Arbitrary<ChannelLoginResponse> failure =
                u32().filter(r -> r != ChannelLoginResponse.SUCCESS).map(ChannelLoginResponse::failure);
        Arbitrary<ChannelLoginResponse> success =
                Arbitraries.of(true, false).map(r -> new ChannelLoginResponse(ChannelLoginResponse.SUCCESS, r));
        return Arbitraries.oneOf(failure, success);
    }
}
