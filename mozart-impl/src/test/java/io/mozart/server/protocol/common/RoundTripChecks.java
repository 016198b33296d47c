package io.mozart.server.protocol.common;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Shared assertions of the round-trip properties of the shop, charge, my-room and cluster areas.
 */
public final class RoundTripChecks {

    private RoundTripChecks() {
    }

    /**
     * @param all arbitraries by class
     * @return one arbitrary drawing from all of them
     */
    public static Arbitrary<Object> anyOf(Map<Class<?>, Arbitrary<?>> all) {
        List<Arbitrary<Object>> list = new ArrayList<>();
        for (Arbitrary<?> a : all.values()) {
            list.add(a.map(x -> (Object) x));
        }
        return Arbitraries.oneOf(list);
    }

    /**
     * @param registry a registry
     * @return its opcodes
     */
    public static Arbitrary<Integer> opcodes(PacketRegistry registry) {
        return Arbitraries.of(registry.types().stream().map(PacketType::opcode).toList());
    }

    /**
     * Encode with the registry, decode, compare; the frame's length prefix is payload + 2.
     *
     * @param registry the registry
     * @param record   a record
     */
    public static void assertRoundTrip(PacketRegistry registry, Object record) {
        byte[] frame = EconomyWire.frame(registry, record);
        Object back = EconomyWire.decodeFrame(registry, frame);
        assertEquals(record, back, () -> "frame " + EconomyWire.hex(frame));
        assertEquals(record.hashCode(), back.hashCode());
    }

    /**
     * Decoding arbitrary bytes gives a record (which encodes again) or a DecodeException, nothing else.
     *
     * @param registry the registry
     * @param opcode   a registered opcode
     * @param body     arbitrary body bytes
     */
    public static void assertDecodesOrFailsCleanly(PacketRegistry registry, int opcode, byte[] body) {
        byte[] payload = new byte[body.length + 2];
        payload[0] = (byte) opcode;
        payload[1] = (byte) (opcode >> 8);
        System.arraycopy(body, 0, payload, 2, body.length);
        Object decoded;
        try {
            decoded = EconomyWire.decodePayload(registry, payload);
        } catch (DecodeException expected) {
            assertNotNull(expected.getMessage());
            return;
        } catch (RuntimeException e) {
            fail("decoding " + EconomyWire.hex(payload) + " threw " + e);
            return;
        }
        assertEquals(registry.byOpcode(opcode).type(), decoded.getClass());
        EconomyWire.payload(registry, decoded);
    }

    /**
     * @param s a string
     * @return its UTF-8 byte count
     */
    public static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Damages a valid encoding (one byte replaced, or the body cut at a position) and checks that decoding gives
     * a record or a DecodeException.
     *
     * @param registry the registry
     * @param record   a record
     * @param position where to damage (any int; reduced into the body)
     * @param value    the replacement byte
     * @param truncate cut instead of replace
     */
    public static void assertDamagedDecodesOrFails(PacketRegistry registry, Object record, int position, byte value,
                                                   boolean truncate) {
        byte[] payload = EconomyWire.payload(registry, record);
        if (payload.length == 2) {
            return;
        }
        int at = 2 + Math.floorMod(position, payload.length - 2);
        byte[] body;
        if (truncate) {
            body = Arrays.copyOfRange(payload, 2, at);
        } else {
            payload[at] = value;
            body = Arrays.copyOfRange(payload, 2, payload.length);
        }
        int opcode = (payload[0] & 0xFF) | (payload[1] & 0xFF) << 8;
        assertDecodesOrFailsCleanly(registry, opcode, body);
    }
}
