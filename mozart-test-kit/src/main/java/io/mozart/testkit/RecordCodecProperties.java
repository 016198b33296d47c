package io.mozart.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The properties every packet record must have. A small subclass supplies a registry, an arbitrary per
 * record class and, where a spec fixes them, body sizes:
 * <ul>
 *     <li>every record round-trips (equal value and hash code, length prefix right, body consumed exactly)
 *     and, where a size is fixed, encodes to that body size;</li>
 *     <li>arbitrary body bytes under any registered opcode decode to a record of the bound class (which
 *     encodes again) or to the codec's {@code DecodeException}, nothing else;</li>
 *     <li>a valid encoding with one byte changed, or cut short, decodes or fails just as cleanly.</li>
 * </ul>
 *
 * <pre>{@code
 * class ServerTimeProperties extends RecordCodecProperties {
 *     protected PacketRegistry registry() { return REGISTRY; }
 *     protected Map<Class<?>, Arbitrary<?>> arbitraries() {
 *         return Map.of(ServerTime.class, WireArbitraries.i64().map(ServerTime::new));
 *     }
 * }
 * }</pre>
 */
public abstract class RecordCodecProperties {

    /** @return the registry under test (built once; the properties call this for every try) */
    protected abstract PacketRegistry registry();

    /** @return an arbitrary for every record class of the registry */
    protected abstract Map<Class<?>, Arbitrary<?>> arbitraries();

    /**
     * @param record a record
     * @return the body size (bytes after the opcode) a spec fixes for it, or empty where none is fixed
     */
    protected OptionalInt expectedBodySize(Object record) {
        return OptionalInt.empty();
    }

    /** @return whether every record has a fixed size, so a missing size is a test failure */
    protected boolean everyRecordHasASpecSize() {
        return false;
    }

    /** @return how many samples {@link #eachRecordRoundTripsOnItsOwn} draws from each record's arbitrary */
    protected int samplesPerRecord() {
        return 60;
    }

    /**
     * @param record a record
     * @return whether decoding its encoding must give it back; a registry whose encoding is ambiguous for
     *         some values answers {@code false} for them and checks them with a property of its own
     */
    protected boolean decodesBackExactly(Object record) {
        return true;
    }

    /** @return any record of any class */
    @Provide
    public final Arbitrary<Object> records() {
        return WireArbitraries.anyOf(arbitraries());
    }

    /** @return any registered binding */
    @Provide
    public final Arbitrary<PacketType<?>> types() {
        return Arbitraries.of(new ArrayList<>(registry().types()));
    }

    /** @return short and longer arbitrary bodies */
    @Provide
    public final Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(WireArbitraries.bytesUpTo(12), WireArbitraries.bytesUpTo(400));
    }

    /**
     * Round trip with the fixed size.
     *
     * @param record any record
     */
    @Property(tries = 2000)
    public final void everyRecordRoundTripsWithTheSpecSize(@ForAll("records") Object record) {
        check(record);
    }

    /** Round trip, each class on its own (so a rare class is never left out). */
    @Example
    public final void eachRecordRoundTripsOnItsOwn() {
        for (Map.Entry<Class<?>, Arbitrary<?>> e : arbitraries().entrySet()) {
            List<?> samples =
                    e.getValue().sampleStream().limit(samplesPerRecord()).toList();
            for (Object record : samples) {
                assertEquals(e.getKey(), record.getClass());
                check(record);
            }
        }
    }

    /** Every registered class has an arbitrary. */
    @Example
    public final void everyRegisteredClassHasAnArbitrary() {
        for (PacketType<?> t : registry().types()) {
            assertTrue(arbitraries().containsKey(t.type()), () -> "no arbitrary for " + t);
        }
    }

    /**
     * Arbitrary bytes give a record or the decode exception.
     *
     * @param type any binding
     * @param body any body
     */
    @Property(tries = 3000)
    public final void arbitraryBytesDecodeToARecordOrADecodeException(
            @ForAll("types") PacketType<?> type, @ForAll("bodies") byte[] body) {
        CodecFrames.assertDecodesOrRejects(registry(), type.opcode(), body);
    }

    /**
     * Damaged frames decode or fail cleanly.
     *
     * @param record   any record
     * @param position where to damage
     * @param value    the replacement byte
     * @param truncate cut instead of replace
     */
    @Property(tries = 1000)
    public final void damagedEncodingsDecodeOrFailCleanly(
            @ForAll("records") Object record, @ForAll int position, @ForAll byte value, @ForAll boolean truncate) {
        CodecFrames.assertDamagedDecodesOrRejects(registry(), record, position, value, truncate);
    }

    private void check(Object record) {
        OptionalInt expected = expectedBodySize(record);
        if (everyRecordHasASpecSize()) {
            assertTrue(
                    expected.isPresent(),
                    () -> "no expected size for " + record.getClass().getSimpleName());
        }
        if (decodesBackExactly(record)) {
            byte[] frame = CodecFrames.assertRoundTrip(registry(), record);
            expected.ifPresent(size -> assertEquals(size, frame.length - 4, () -> "body size of " + record));
        } else {
            expected.ifPresent(size ->
                    assertEquals(size, CodecFrames.bodyLength(registry(), record), () -> "body size of " + record));
        }
    }
}
