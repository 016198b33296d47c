package io.mozart.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;
import net.jqwik.api.Example;

/**
 * {@link RecordCodecProperties} for an area whose spec gives the whole frame length of every record (waiting,
 * playing): the subclass fills a table with one {@link Table#len} per record class, every record must have an
 * entry, and the table must name exactly the classes that have arbitraries.
 */
public abstract class FrameLengthProperties extends RecordCodecProperties {

    private Table table;

    /**
     * Fills the table: the frame length (prefix included) each record must encode to, from the spec's layouts.
     *
     * @param t the table to fill
     */
    protected abstract void frameLengths(Table t);

    private Table table() {
        if (table == null) {
            final Table t = new Table();
            frameLengths(t);
            table = t;
        }
        return table;
    }

    @Override
    protected final boolean everyRecordHasASpecSize() {
        return true;
    }

    @Override
    protected int samplesPerRecord() {
        return 100;
    }

    /** The table holds whole frame lengths: the body is what follows the length prefix and the opcode. */
    @Override
    protected final OptionalInt expectedBodySize(Object record) {
        final ToIntFunction<Object> frameLength = table().byType.get(record.getClass());
        return frameLength == null ? OptionalInt.empty() : OptionalInt.of(frameLength.applyAsInt(record) - 4);
    }

    @Example
    public final void theLengthTableCoversExactlyTheArbitraries() {
        assertEquals(arbitraries().keySet(), table().byType.keySet());
    }

    /** Frame length by record class. */
    public static final class Table {

        private final Map<Class<?>, ToIntFunction<Object>> byType = new LinkedHashMap<>();

        private Table() {}

        /**
         * @param type the record class
         * @param f    its frame length (prefix included) as a function of the record
         * @param <T>  the record type
         */
        public <T> void len(Class<T> type, ToIntFunction<T> f) {
            byType.put(type, o -> f.applyAsInt(type.cast(o)));
        }
    }
}
