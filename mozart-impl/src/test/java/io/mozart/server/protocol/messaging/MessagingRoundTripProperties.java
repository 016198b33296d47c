package io.mozart.server.protocol.messaging;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;

/** The shared record properties ({@link RecordCodecProperties}) for the messaging area, with its spec sizes. */
class MessagingRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(MessagingPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return MessagingArbitraries.all();
    }

    /** Sizes from the layouts of spec 02 §5.10 (raw content has no length). */
    @Override
    protected OptionalInt expectedBodySize(Object p) {
        if (p instanceof SendMainRoomMessageRequest r) {
            return OptionalInt.of(r.content().length);
        }
        if (p instanceof SendWaitingMessageRequest r) {
            return OptionalInt.of(r.content().length);
        }
        if (p instanceof MainRoomUserMessageResponse r) {
            return OptionalInt.of(utf8(r.sender()) + 1 + r.content().length);
        }
        if (p instanceof WaitingUserMessageResponse r) {
            return OptionalInt.of(utf8(r.sender()) + 1 + r.content().length + 1);
        }
        if (p instanceof SendWhisperResponse r) {
            return OptionalInt.of(4 + utf8(r.recipient()) + 1 + (r.content() == null ? 0 : utf8(r.content()) + 1));
        }
        return OptionalInt.empty();
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
