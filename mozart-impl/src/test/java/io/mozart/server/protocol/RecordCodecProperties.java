package io.mozart.server.protocol;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The properties every protocol area's records must have, run once per area by a small subclass that supplies
 * the area's registry, its arbitraries and the body sizes its spec chapter fixes:
 * <ul>
 *     <li>every record round-trips (equal value and hash code, length prefix right, body consumed exactly) and,
 *     where the spec fixes one, encodes to the spec's body size;</li>
 *     <li>arbitrary body bytes under any registered opcode decode to a record of the bound class (which encodes
 *     again) or to the codec's {@code DecodeException}, nothing else;</li>
 *     <li>a valid encoding with one byte changed, or cut short, decodes or fails just as cleanly.</li>
 * </ul>
 */
public abstract class RecordCodecProperties {

    /** @return the area's registry (built once; the properties call this for every try) */
    protected abstract PacketRegistry registry();

    /** @return an arbitrary for every record class of the area */
    protected abstract Map<Class<?>, Arbitrary<?>> arbitraries();

    /**
     * @param record a record of the area
     * @return the body size (bytes after the opcode) the spec fixes for it, or empty where it fixes none
     */
    protected abstract OptionalInt expectedBodySize(Object record);

    /** @return whether the spec fixes the size of every record, so a missing size is a test failure */
    protected boolean everyRecordHasASpecSize() {
        return false;
    }

    /** @return how many samples {@link #eachRecordRoundTripsOnItsOwn} draws from each record's arbitrary */
    protected int samplesPerRecord() {
        return 60;
    }

    /**
     * @param record a record of the area
     * @return whether decoding its encoding must give it back; an area whose encoding is ambiguous for some
     * values answers {@code false} for them and checks them with a property of its own
     */
    protected boolean decodesBackExactly(Object record) {
        return true;
    }

    @Provide
    final Arbitrary<Object> records() {
        return ProtocolFrames.anyOf(arbitraries());
    }

    @Provide
    final Arbitrary<PacketType<?>> types() {
        return Arbitraries.of(new ArrayList<>(registry().types()));
    }

    @Provide
    final Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(12),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400));
    }

    @Property(tries = 2000)
    public final void everyRecordRoundTripsWithTheSpecSize(@ForAll("records") final Object record) {
        check(record);
    }

    @Example
    public final void eachRecordRoundTripsOnItsOwn() {
        for (Map.Entry<Class<?>, Arbitrary<?>> e : arbitraries().entrySet()) {
            final List<?> samples = e.getValue().sampleStream().limit(samplesPerRecord()).toList();
            for (Object record : samples) {
                assertEquals(e.getKey(), record.getClass());
                check(record);
            }
        }
    }

    @Property(tries = 3000)
    public final void arbitraryBytesDecodeToARecordOrADecodeException(@ForAll("types") final PacketType<?> type,
                                                                       @ForAll("bodies") final byte[] body) {
        ProtocolFrames.assertDecodesOrRejects(registry(), type.opcode(), body);
    }

    @Property(tries = 1000)
    public final void damagedEncodingsDecodeOrFailCleanly(@ForAll("records") final Object record,
                                                          @ForAll final int position, @ForAll final byte value,
                                                          @ForAll final boolean truncate) {
        ProtocolFrames.assertDamagedDecodesOrRejects(registry(), record, position, value, truncate);
    }

    private void check(final Object record) {
        final OptionalInt expected = expectedBodySize(record);
        if (everyRecordHasASpecSize()) {
            assertTrue(expected.isPresent(), () -> "no expected size for " + record.getClass().getSimpleName());
        }
        if (decodesBackExactly(record)) {
            final byte[] frame = ProtocolFrames.assertRoundTrip(registry(), record);
            expected.ifPresent(size -> assertEquals(size, frame.length - 4, () -> "body size of " + record));
        } else {
            expected.ifPresent(size -> assertEquals(size, ProtocolFrames.bodyLength(registry(), record),
                    () -> "body size of " + record));
        }
    }
}
