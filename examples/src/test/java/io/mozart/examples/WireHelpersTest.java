package io.mozart.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The byte helpers of {@link CustomPacketHandler}. */
class WireHelpersTest {

    @Property
    void timeRoundTrips(@ForAll long millis) {
        assertEquals(millis, CustomPacketHandler.decodeTime(CustomPacketHandler.encodeTime(millis)));
    }

    @Test
    void timeIsLittleEndian() {
        assertArrayEquals(
                new byte[] {1, 2, 0, 0, 0, 0, 0, (byte) 0x80}, CustomPacketHandler.encodeTime(0x8000_0000_0000_0201L));
        assertThrows(IllegalArgumentException.class, () -> CustomPacketHandler.decodeTime(new byte[7]));
    }

    @Property
    void cStringRoundTripsTextWithoutNul(@ForAll @Size(max = 200) String text) {
        String clean = text.replace("\0", "");
        byte[] bytes = CustomPacketHandler.cStringBytes(clean);
        assertEquals(0, bytes[bytes.length - 1]);
        assertEquals(clean.getBytes(StandardCharsets.UTF_8).length + 1, bytes.length);
        assertEquals(
                new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                CustomPacketHandler.cString(bytes));
    }

    @Test
    void cStringStopsAtTheFirstNulOrTheEnd() {
        assertEquals("ab", CustomPacketHandler.cString(new byte[] {'a', 'b', 0, 'c', 0}));
        assertEquals("ab", CustomPacketHandler.cString(new byte[] {'a', 'b'}));
        assertEquals("", CustomPacketHandler.cString(new byte[0]));
    }
}
