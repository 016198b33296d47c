package io.mozart.server.metadata;

import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OJNList.dat (spec 06 §3.2): {@code int32 N}, N {@link OjnHeader}s, then up to nine optional
 * extension sections, each {@code int32 count} + fixed-size records. This record is the whole file
 * as data: {@link #parse(byte[], String)} reads it, {@link #toBytes()} writes it, {@link #toCatalogue()}
 * applies the section rules and gives the music catalogue.
 *
 * @param headers       the headers, in file order
 * @param sections      how many extension sections the file has (0..9); lists of absent sections are empty
 * @param newMarkers    section 1
 * @param planets       section 2 (ignored by the game)
 * @param premiumPrices section 3
 * @param vipExclusions section 4 (ignored)
 * @param labels        section 5 (ignored)
 * @param discounts     section 6 (ignored)
 * @param freeMusic     section 7 (ignored)
 * @param keyModes      section 8 (ignored)
 * @param releaseDates  section 9
 */
public record OjnListFile(
        List<OjnHeader> headers,
        int sections,
        List<NewMarker> newMarkers,
        List<PlanetAvailability> planets,
        List<PremiumPrice> premiumPrices,
        List<VipExclusion> vipExclusions,
        List<Label> labels,
        List<Discount> discounts,
        List<FreeMusic> freeMusic,
        List<KeyMode> keyModes,
        List<ReleaseDate> releaseDates) {

    /** Number of extension sections the format knows. */
    public static final int SECTION_COUNT = 9;

    /** The value observed in the unused field of premium-price records. */
    public static final int PREMIUM_UNUSED = 0x77D20477;

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /**
     * Copies the lists and checks that absent sections are empty.
     */
    public OjnListFile {
        headers = List.copyOf(headers);
        if (sections < 0 || sections > SECTION_COUNT) {
            throw new IllegalArgumentException("sections must be 0..9: " + sections);
        }
        List<List<?>> all = List.of(
                newMarkers,
                planets,
                premiumPrices,
                vipExclusions,
                labels,
                discounts,
                freeMusic,
                keyModes,
                releaseDates);
        for (int i = sections; i < SECTION_COUNT; i++) {
            if (!all.get(i).isEmpty()) {
                throw new IllegalArgumentException("section " + (i + 1) + " has records but sections = " + sections);
            }
        }
        newMarkers = List.copyOf(newMarkers);
        planets = List.copyOf(planets);
        premiumPrices = List.copyOf(premiumPrices);
        vipExclusions = List.copyOf(vipExclusions);
        labels = List.copyOf(labels);
        discounts = List.copyOf(discounts);
        freeMusic = List.copyOf(freeMusic);
        keyModes = List.copyOf(keyModes);
        releaseDates = List.copyOf(releaseDates);
    }

    /**
     * An "old format" file: headers only, no extension sections.
     *
     * @param headers the headers
     * @return the file
     */
    public static OjnListFile headersOnly(List<OjnHeader> headers) {
        return new OjnListFile(
                headers, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /**
     * The file that {@link #toCatalogue()} turns back into exactly these songs: a header per song
     * (id, genre, BPM, levels, note counts, signature {@code ojn\0}), a new marker per song, a premium
     * record per song with a non-zero price and a release-date record per dated song; all nine
     * sections present.
     *
     * @param songs the songs (unique ids)
     * @return the file
     * @throws IllegalArgumentException when a level does not fit in int16, a release year is outside
     *                                  1..9999 or two songs share an id
     */
    public static OjnListFile of(List<Music> songs) {
        MusicCatalogue.of(songs); // rejects duplicate ids
        List<OjnHeader> headers = new ArrayList<>();
        List<NewMarker> markers = new ArrayList<>();
        List<PremiumPrice> prices = new ArrayList<>();
        List<ReleaseDate> dates = new ArrayList<>();
        for (Music m : songs) {
            headers.add(OjnHeader.builder()
                    .id(m.id())
                    .genre(m.genre())
                    .bpm(m.bpm())
                    .levels(m.levelEx(), m.levelNx(), m.levelHx())
                    .noteCounts(m.noteCountEx(), m.noteCountNx(), m.noteCountHx())
                    .build());
            markers.add(new NewMarker(m.id(), m.isPremiumNew() ? 1 : 0, m.isNew() ? 0 : 2, 0));
            if (m.priceO2Cash() != 0 || m.priceGem() != 0) {
                prices.add(new PremiumPrice(m.id(), m.priceO2Cash(), m.priceGem(), PREMIUM_UNUSED));
            }
            m.releaseDate().ifPresent(d -> dates.add(ReleaseDate.of(m.id(), d)));
        }
        return new OjnListFile(
                headers,
                SECTION_COUNT,
                markers,
                List.of(),
                prices,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                dates);
    }

    /**
     * Reads and parses a file.
     *
     * @param path the file
     * @return the parsed file
     * @throws IOException             when the file cannot be read (missing: {@link java.nio.file.NoSuchFileException})
     * @throws MetadataFormatException when it is corrupt or truncated
     */
    public static OjnListFile read(Path path) throws IOException {
        return parse(Files.readAllBytes(path), path.toString());
    }

    /**
     * Parses the bytes of an OJNList.dat.
     *
     * @param data     the whole file
     * @param fileName name used in error messages
     * @return the parsed file
     * @throws MetadataFormatException on a truncated header or section, a duplicate music id or a
     *                                 malformed release date of a listed song
     */
    public static OjnListFile parse(byte[] data, String fileName) {
        LeReader in = new LeReader(data, fileName);
        int n = in.i32("header count");
        List<OjnHeader> headers = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int at = in.position();
            OjnHeader header = OjnHeader.read(in);
            if (!ids.add(header.id())) {
                throw in.error(at, "duplicate music id " + header.id());
            }
            headers.add(header);
        }
        List<List<Object>> lists = new ArrayList<>();
        int sections = 0;
        while (sections < SECTION_COUNT && !in.atEnd()) {
            int count = in.i32("section " + (sections + 1) + " count");
            List<Object> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                records.add(readRecord(sections + 1, in, ids));
            }
            lists.add(records);
            sections++;
        }
        while (lists.size() < SECTION_COUNT) {
            lists.add(List.of());
        }
        return new OjnListFile(
                headers,
                sections,
                cast(lists.get(0)),
                cast(lists.get(1)),
                cast(lists.get(2)),
                cast(lists.get(3)),
                cast(lists.get(4)),
                cast(lists.get(5)),
                cast(lists.get(6)),
                cast(lists.get(7)),
                cast(lists.get(8)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> list) {
        return (List<T>) (List<?>) list;
    }

    private static Object readRecord(int section, LeReader in, Set<Integer> ids) {
        String what = "section " + section + " record";
        return switch (section) {
            case 1 -> {
                in.need(16, what);
                yield new NewMarker(in.i32(what), in.i32(what), in.i32(what), in.i32(what));
            }
            case 2 -> {
                in.need(20, what);
                yield new PlanetAvailability(in.i32(what), in.i32(what), in.i32(what), in.i32(what), in.i32(what));
            }
            case 3 -> {
                in.need(16, what);
                yield new PremiumPrice(in.i32(what), in.i32(what), in.i32(what), in.i32(what));
            }
            case 4 -> {
                in.need(12, what);
                yield new VipExclusion(in.i32(what), in.i32(what), in.i32(what));
            }
            case 5 -> {
                in.need(8, what);
                yield new Label(in.i32(what), in.i32(what));
            }
            case 6 -> {
                in.need(12, what);
                yield new Discount(in.i32(what), in.i32(what), in.i32(what));
            }
            case 7 -> {
                in.need(8, what);
                yield new FreeMusic(in.i32(what), in.i16(what), in.i16(what));
            }
            case 8 -> {
                in.need(8, what);
                yield new KeyMode(in.i32(what), (byte) in.u8(what), (byte) in.u8(what), in.i16(what));
            }
            default -> {
                in.need(ReleaseDate.SIZE, what);
                int at = in.position();
                ReleaseDate r = new ReleaseDate(
                        in.i32(what), in.bytes(10, what), in.i16(what), in.i32(what), in.i32(what), in.i32(what));
                if (ids.contains(r.id()) && r.date().isEmpty()) {
                    throw in.error(at + 4, "malformed release date '" + r.text() + "' for music id " + r.id());
                }
                yield r;
            }
        };
    }

    /** @return the file's bytes */
    public byte[] toBytes() {
        LeWriter out = new LeWriter();
        out.i32(headers.size());
        for (OjnHeader h : headers) {
            out.bytes(h.toBytes());
        }
        List<List<?>> all = List.of(
                newMarkers,
                planets,
                premiumPrices,
                vipExclusions,
                labels,
                discounts,
                freeMusic,
                keyModes,
                releaseDates);
        for (int s = 0; s < sections; s++) {
            out.i32(all.get(s).size());
            for (Object r : all.get(s)) {
                out.bytes(((SectionRecord) r).toBytes());
            }
        }
        return out.toByteArray();
    }

    /**
     * Writes the file.
     *
     * @param path target (parent directories must exist)
     * @throws IOException when writing fails
     */
    public void write(Path path) throws IOException {
        Files.write(path, toBytes());
    }

    /**
     * Applies the section rules (spec 06 §3.2): records for ids without a header are ignored; a
     * song absent from a section keeps the defaults (not new, not premium-new, prices 0, no date).
     *
     * @return the songs in header order
     */
    public MusicCatalogue toCatalogue() {
        Map<Integer, Music> songs = new LinkedHashMap<>();
        for (OjnHeader h : headers) {
            songs.put(
                    h.id(),
                    new Music(
                            h.id(),
                            h.genre(),
                            h.bpm(),
                            h.level(0),
                            h.level(1),
                            h.level(2),
                            h.noteCount(0),
                            h.noteCount(1),
                            h.noteCount(2),
                            false,
                            false,
                            0,
                            0,
                            Optional.empty()));
        }
        for (NewMarker r : newMarkers) {
            songs.computeIfPresent(
                    r.id(),
                    (id, m) -> new Music(
                            id,
                            m.genre(),
                            m.bpm(),
                            m.levelEx(),
                            m.levelNx(),
                            m.levelHx(),
                            m.noteCountEx(),
                            m.noteCountNx(),
                            m.noteCountHx(),
                            r.isNew(),
                            r.isNewPremium() != 0,
                            m.priceO2Cash(),
                            m.priceGem(),
                            m.releaseDate()));
        }
        for (PremiumPrice r : premiumPrices) {
            songs.computeIfPresent(
                    r.id(),
                    (id, m) -> new Music(
                            id,
                            m.genre(),
                            m.bpm(),
                            m.levelEx(),
                            m.levelNx(),
                            m.levelHx(),
                            m.noteCountEx(),
                            m.noteCountNx(),
                            m.noteCountHx(),
                            m.isNew(),
                            m.isPremiumNew(),
                            r.o2cash(),
                            r.gem(),
                            m.releaseDate()));
        }
        for (ReleaseDate r : releaseDates) {
            songs.computeIfPresent(
                    r.id(),
                    (id, m) -> new Music(
                            id,
                            m.genre(),
                            m.bpm(),
                            m.levelEx(),
                            m.levelNx(),
                            m.levelHx(),
                            m.noteCountEx(),
                            m.noteCountNx(),
                            m.noteCountHx(),
                            m.isNew(),
                            m.isPremiumNew(),
                            m.priceO2Cash(),
                            m.priceGem(),
                            r.date()));
        }
        return MusicCatalogue.of(songs.values());
    }

    /** A fixed-size record of an extension section. */
    public sealed interface SectionRecord
            permits NewMarker,
                    PlanetAvailability,
                    PremiumPrice,
                    VipExclusion,
                    Label,
                    Discount,
                    FreeMusic,
                    KeyMode,
                    ReleaseDate {

        /** @return the music id the record is about */
        int id();

        /** @return the record's bytes as they appear in the file */
        byte[] toBytes();
    }

    /**
     * Section 1, 16 bytes.
     *
     * @param id           music id
     * @param isNewPremium non-zero: premium-new
     * @param newType      below 2: new
     * @param overrideNew  non-zero: new
     */
    public record NewMarker(int id, int isNewPremium, int newType, int overrideNew) implements SectionRecord {
        /** @return IsNew = newType &lt; 2 or overrideNew ≠ 0 */
        public boolean isNew() {
            return newType < 2 || overrideNew != 0;
        }

        @Override
        public byte[] toBytes() {
            return new LeWriter()
                    .i32(id)
                    .i32(isNewPremium)
                    .i32(newType)
                    .i32(overrideNew)
                    .toByteArray();
        }
    }

    /**
     * Section 2, 20 bytes (read and ignored).
     *
     * @param id        music id
     * @param dflt      default planet flag
     * @param superEasy super-easy planet flag
     * @param easy      easy planet flag
     * @param fallback  fallback flag
     */
    public record PlanetAvailability(int id, int dflt, int superEasy, int easy, int fallback) implements SectionRecord {
        @Override
        public byte[] toBytes() {
            return new LeWriter()
                    .i32(id)
                    .i32(dflt)
                    .i32(superEasy)
                    .i32(easy)
                    .i32(fallback)
                    .toByteArray();
        }
    }

    /**
     * Section 3, 16 bytes.
     *
     * @param id     music id
     * @param o2cash O2Cash price
     * @param gem    gem price
     * @param unused observed 0x77D20477
     */
    public record PremiumPrice(int id, int o2cash, int gem, int unused) implements SectionRecord {
        @Override
        public byte[] toBytes() {
            return new LeWriter().i32(id).i32(o2cash).i32(gem).i32(unused).toByteArray();
        }
    }

    /**
     * Section 4, 12 bytes (ignored).
     *
     * @param id           music id
     * @param availability availability
     * @param unused       unused
     */
    public record VipExclusion(int id, int availability, int unused) implements SectionRecord {
        @Override
        public byte[] toBytes() {
            return new LeWriter().i32(id).i32(availability).i32(unused).toByteArray();
        }
    }

    /**
     * Section 5, 8 bytes (ignored).
     *
     * @param id      music id
     * @param labelId 1 Gold, 2 Black, 3 Blue, 4 Red, 5 Silver
     */
    public record Label(int id, int labelId) implements SectionRecord {
        @Override
        public byte[] toBytes() {
            return new LeWriter().i32(id).i32(labelId).toByteArray();
        }
    }

    /**
     * Section 6, 12 bytes (ignored).
     *
     * @param id           music id
     * @param cashDiscount cash discount percent
     * @param gemDiscount  gem discount percent
     */
    public record Discount(int id, int cashDiscount, int gemDiscount) implements SectionRecord {
        @Override
        public byte[] toBytes() {
            return new LeWriter().i32(id).i32(cashDiscount).i32(gemDiscount).toByteArray();
        }
    }

    /**
     * Section 7, 8 bytes (ignored).
     *
     * @param id     music id
     * @param isFree free flag
     * @param unused unused
     */
    public record FreeMusic(int id, short isFree, short unused) implements SectionRecord {
        @Override
        public byte[] toBytes() {
            return new LeWriter().i32(id).i16(isFree).i16(unused).toByteArray();
        }
    }

    /**
     * Section 8, 8 bytes (ignored).
     *
     * @param id      music id
     * @param mode    key mode 3/5/7
     * @param unused1 observed 244
     * @param unused2 observed 67
     */
    public record KeyMode(int id, byte mode, byte unused1, short unused2) implements SectionRecord {
        @Override
        public byte[] toBytes() {
            return new LeWriter().i32(id).u8(mode).u8(unused1).i16(unused2).toByteArray();
        }
    }

    /**
     * Section 9, 28 bytes.
     *
     * @param id       music id
     * @param dateText 10 bytes of ASCII {@code yyyy-MM-dd}, NUL-padded
     * @param unused1  observed 0x7700
     * @param unused2  observed 0x12F730
     * @param unused3  observed 0x44483B
     * @param unused4  observed 0xBD11
     */
    public record ReleaseDate(int id, byte[] dateText, short unused1, int unused2, int unused3, int unused4)
            implements SectionRecord {

        /** Record size in bytes. */
        public static final int SIZE = 28;

        /**
         * Copies and checks the date bytes.
         */
        public ReleaseDate {
            if (dateText.length != 10) {
                throw new IllegalArgumentException("date text is 10 bytes");
            }
            dateText = dateText.clone();
        }

        /**
         * A record with the observed filler values.
         *
         * @param id   music id
         * @param date date, year 1..9999
         * @return the record
         */
        public static ReleaseDate of(int id, LocalDate date) {
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new IllegalArgumentException("release year must be 1..9999: " + date);
            }
            byte[] text = String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                    .getBytes(StandardCharsets.US_ASCII);
            return new ReleaseDate(id, text, (short) 0x7700, 0x12F730, 0x44483B, 0xBD11);
        }

        @Override
        public byte[] dateText() {
            return dateText.clone();
        }

        /** @return the date text, NULs trimmed at both ends (Latin-1, so every byte shows) */
        public String text() {
            return KoreanText.trimNul(new String(dateText, StandardCharsets.ISO_8859_1));
        }

        /** @return the date if the text is a strict, valid {@code yyyy-MM-dd} with year 1..9999 */
        public Optional<LocalDate> date() {
            String s = text();
            if (!DATE.matcher(s).matches()) {
                return Optional.empty();
            }
            try {
                int year = Integer.parseInt(s.substring(0, 4));
                if (year < 1) {
                    return Optional.empty();
                }
                return Optional.of(
                        LocalDate.of(year, Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public byte[] toBytes() {
            return new LeWriter()
                    .i32(id)
                    .bytes(dateText)
                    .i16(unused1)
                    .i32(unused2)
                    .i32(unused3)
                    .i32(unused4)
                    .toByteArray();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReleaseDate r
                    && id == r.id
                    && Arrays.equals(dateText, r.dateText)
                    && unused1 == r.unused1
                    && unused2 == r.unused2
                    && unused3 == r.unused3
                    && unused4 == r.unused4;
        }

        @Override
        public int hashCode() {
            return (31 * id + Arrays.hashCode(dateText)) * 31 + unused2;
        }

        @Override
        public String toString() {
            return "ReleaseDate[id=" + id + ", text=" + text() + ", unused=" + unused1 + "/" + unused2 + "/" + unused3
                    + "/" + unused4 + "]";
        }
    }
}
