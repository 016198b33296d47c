package io.mozart.examples.plugin;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.testkit.CodecFrames;
import io.mozart.testkit.RecordCodecProperties;
import io.mozart.testkit.WireArbitraries;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/**
 * The server-time plugin's records under the published test kit's properties (round trip with the body size,
 * arbitrary bytes, damaged frames), plus the wire bytes of one reply.
 */
class ServerTimeRecordProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = PacketRegistry.builder()
            .register(ServerTimePackets.REQUEST_OPCODE, ServerTimeRequest.class, ServerTimeRequest.CODEC)
            .register(ServerTimePackets.REPLY_OPCODE, ServerTimeReply.class, ServerTimeReply.CODEC)
            .build();

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return Map.of(
                ServerTimeRequest.class, Arbitraries.just(ServerTimeRequest.INSTANCE),
                ServerTimeReply.class, WireArbitraries.i64().map(ServerTimeReply::new));
    }

    @Override
    protected OptionalInt expectedBodySize(Object record) {
        return OptionalInt.of(record instanceof ServerTimeReply ? 8 : 0);
    }

    @Override
    protected boolean everyRecordHasASpecSize() {
        return true;
    }

    @Example
    void replyIsAnI64LittleEndian() {
        CodecFrames.assertWire(
                REGISTRY, new ServerTimeReply(1_767_323_045_678L), "0C 00 01 7D 2E 8F A9 7C 9B 01 00 00");
    }
}
