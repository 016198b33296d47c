package io.mozart.server.protocol.messaging;

import static io.mozart.server.protocol.ProtocolFrames.text;
import static io.mozart.server.protocol.ProtocolFrames.u8;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for every messaging record. */
public final class MessagingArbitraries {

    private MessagingArbitraries() {}

    /** @return an arbitrary per record class */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(SendMainRoomMessageRequest.class, raw().map(SendMainRoomMessageRequest::new));
        m.put(
                MainRoomUserMessageResponse.class,
                Combinators.combine(text(16), raw()).as(MainRoomUserMessageResponse::new));
        m.put(
                MainRoomAdminMessageResponse.class,
                Combinators.combine(text(16), raw()).as(MainRoomAdminMessageResponse::new));
        m.put(AnnounceRequest.class, text(60).map(AnnounceRequest::new));
        m.put(AnnouncementResponse.class, text(60).map(AnnouncementResponse::new));
        m.put(SendWhisperRequest.class, Combinators.combine(text(16), text(40)).as(SendWhisperRequest::new));
        m.put(
                SendWhisperResponse.class,
                Arbitraries.oneOf(
                        Combinators.combine(text(16), text(40)).as(SendWhisperResponse::delivered),
                        text(16).map(SendWhisperResponse::notOnline)));
        m.put(
                ReceiveWhisperNotice.class,
                Combinators.combine(text(16), text(40)).as(ReceiveWhisperNotice::new));
        m.put(SendWaitingMessageRequest.class, raw().map(SendWaitingMessageRequest::new));
        m.put(
                WaitingUserMessageResponse.class,
                Combinators.combine(text(16), raw(), u8()).as(WaitingUserMessageResponse::new));
        m.put(
                WaitingAdminMessageResponse.class,
                Combinators.combine(text(16), raw()).as(WaitingAdminMessageResponse::new));
        return m;
    }

    /** Raw chat bytes, any values (the server relays them untouched). */
    static Arbitrary<byte[]> raw() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
    }
}
