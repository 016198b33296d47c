package io.mozart.server.metadata;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 300-byte OJN header (spec 06 §3.1), kept as its raw bytes so that every field, including the
 * ones nobody reads, survives a read/write cycle unchanged. Accessors decode single fields; build new
 * headers with {@link #builder()}.
 */
public final class OjnHeader {

    /** Size of a header in bytes. */
    public static final int SIZE = 300;

    /** Offsets of the fields (spec 06 §3.1). */
    static final int ID = 0;

    static final int SIGNATURE = 4;
    static final int ENCODING_VERSION = 8;
    static final int GENRE = 12;
    static final int BPM = 16;
    static final int LEVELS = 20;
    static final int EVENT_COUNTS = 28;
    static final int NOTE_COUNTS = 40;
    static final int MEASURE_COUNTS = 52;
    static final int BLOCK_COUNTS = 64;
    static final int TITLE = 108;
    static final int ARTIST = 172;
    static final int NOTE_DESIGNER = 204;
    static final int OJM_FILE = 236;
    static final int COVER_SIZE = 268;
    static final int DURATIONS = 272;
    static final int BLOCK_OFFSETS = 284;
    static final int COVER_OFFSET = 296;

    private final byte[] raw;

    private OjnHeader(byte[] raw) {
        this.raw = raw;
    }

    /**
     * @param raw exactly 300 bytes (copied)
     * @return the header
     */
    public static OjnHeader of(byte[] raw) {
        if (raw.length != SIZE) {
            throw new IllegalArgumentException("an OJN header is " + SIZE + " bytes, not " + raw.length);
        }
        return new OjnHeader(raw.clone());
    }

    static OjnHeader read(LeReader in) {
        return new OjnHeader(in.bytes(SIZE, "OJN header"));
    }

    /** @return a builder with every byte zero and the signature {@code ojn\0} */
    public static Builder builder() {
        return new Builder();
    }

    private ByteBuffer le() {
        return ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @return a copy of the 300 bytes */
    public byte[] toBytes() {
        return raw.clone();
    }

    /** @return music id */
    public int id() {
        return le().getInt(ID);
    }

    /** @return the 4 signature bytes (normally {@code o j n \0}; not validated) */
    public byte[] signature() {
        return Arrays.copyOfRange(raw, SIGNATURE, SIGNATURE + 4);
    }

    /** @return encoding version */
    public float encodingVersion() {
        return le().getFloat(ENCODING_VERSION);
    }

    /** @return genre code */
    public int genre() {
        return le().getInt(GENRE);
    }

    /** @return BPM */
    public float bpm() {
        return le().getFloat(BPM);
    }

    /**
     * @param chart 0 EX, 1 NX, 2 HX
     * @return the level (int16)
     */
    public short level(int chart) {
        return le().getShort(LEVELS + 2 * checkChart(chart));
    }

    /**
     * @param chart 0 EX, 1 NX, 2 HX
     * @return the event count
     */
    public int eventCount(int chart) {
        return le().getInt(EVENT_COUNTS + 4 * checkChart(chart));
    }

    /**
     * @param chart 0 EX, 1 NX, 2 HX
     * @return the note count
     */
    public int noteCount(int chart) {
        return le().getInt(NOTE_COUNTS + 4 * checkChart(chart));
    }

    /**
     * @param chart 0 EX, 1 NX, 2 HX
     * @return the measure count
     */
    public int measureCount(int chart) {
        return le().getInt(MEASURE_COUNTS + 4 * checkChart(chart));
    }

    /**
     * @param chart 0 EX, 1 NX, 2 HX
     * @return the duration
     */
    public int duration(int chart) {
        return le().getInt(DURATIONS + 4 * checkChart(chart));
    }

    /** @return title bytes (64, NUL-padded, undecoded) */
    public byte[] title() {
        return Arrays.copyOfRange(raw, TITLE, TITLE + 64);
    }

    /** @return artist bytes (32, undecoded) */
    public byte[] artist() {
        return Arrays.copyOfRange(raw, ARTIST, ARTIST + 32);
    }

    /** @return note designer bytes (32, undecoded) */
    public byte[] noteDesigner() {
        return Arrays.copyOfRange(raw, NOTE_DESIGNER, NOTE_DESIGNER + 32);
    }

    /** @return OJM file name: UTF-8, leading and trailing NULs stripped */
    public String ojmFileName() {
        return KoreanText.utf8TrimNul(Arrays.copyOfRange(raw, OJM_FILE, OJM_FILE + 32));
    }

    private static int checkChart(int chart) {
        if (chart < 0 || chart > 2) {
            throw new IllegalArgumentException("chart index 0..2: " + chart);
        }
        return chart;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OjnHeader h && Arrays.equals(raw, h.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "OjnHeader[id=" + id() + ", levels=" + level(0) + "/" + level(1) + "/" + level(2)
                + ", notes=" + noteCount(0) + "/" + noteCount(1) + "/" + noteCount(2) + ", raw="
                + HexFormat.of().formatHex(raw) + "]";
    }

    /** Builds a header; unset fields stay zero. */
    public static final class Builder {

        private final ByteBuffer buf = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);

        private Builder() {
            buf.put(SIGNATURE, "ojn".getBytes(StandardCharsets.US_ASCII));
        }

        /**
         * @param id music id
         * @return this
         */
        public Builder id(int id) {
            buf.putInt(ID, id);
            return this;
        }

        /**
         * @param signature 4 bytes
         * @return this
         */
        public Builder signature(byte[] signature) {
            return put(SIGNATURE, signature, 4, "signature");
        }

        /**
         * @param version encoding version
         * @return this
         */
        public Builder encodingVersion(float version) {
            buf.putFloat(ENCODING_VERSION, version);
            return this;
        }

        /**
         * @param genre genre code
         * @return this
         */
        public Builder genre(int genre) {
            buf.putInt(GENRE, genre);
            return this;
        }

        /**
         * @param bpm BPM
         * @return this
         */
        public Builder bpm(float bpm) {
            buf.putFloat(BPM, bpm);
            return this;
        }

        /**
         * @param ex level EX
         * @param nx level NX
         * @param hx level HX
         * @return this
         * @throws IllegalArgumentException when a level does not fit in int16
         */
        public Builder levels(int ex, int nx, int hx) {
            buf.putShort(LEVELS, int16(ex)).putShort(LEVELS + 2, int16(nx)).putShort(LEVELS + 4, int16(hx));
            return this;
        }

        /**
         * @param ex note count EX
         * @param nx note count NX
         * @param hx note count HX
         * @return this
         */
        public Builder noteCounts(int ex, int nx, int hx) {
            buf.putInt(NOTE_COUNTS, ex).putInt(NOTE_COUNTS + 4, nx).putInt(NOTE_COUNTS + 8, hx);
            return this;
        }

        /**
         * @param title up to 64 raw bytes
         * @return this
         */
        public Builder title(byte[] title) {
            return put(TITLE, title, 64, "title");
        }

        /**
         * @param artist up to 32 raw bytes
         * @return this
         */
        public Builder artist(byte[] artist) {
            return put(ARTIST, artist, 32, "artist");
        }

        /**
         * @param noteDesigner up to 32 raw bytes
         * @return this
         */
        public Builder noteDesigner(byte[] noteDesigner) {
            return put(NOTE_DESIGNER, noteDesigner, 32, "note designer");
        }

        /**
         * @param name OJM file name, up to 32 bytes of UTF-8
         * @return this
         */
        public Builder ojmFileName(String name) {
            return put(OJM_FILE, name.getBytes(StandardCharsets.UTF_8), 32, "OJM file name");
        }

        private Builder put(int offset, byte[] value, int width, String what) {
            if (value.length > width) {
                throw new IllegalArgumentException(what + " is " + value.length + " bytes, at most " + width);
            }
            for (int i = 0; i < width; i++) {
                buf.put(offset + i, i < value.length ? value[i] : 0);
            }
            return this;
        }

        private static short int16(int v) {
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw new IllegalArgumentException("level does not fit in int16: " + v);
            }
            return (short) v;
        }

        /** @return the header */
        public OjnHeader build() {
            return new OjnHeader(buf.array().clone());
        }
    }
}
