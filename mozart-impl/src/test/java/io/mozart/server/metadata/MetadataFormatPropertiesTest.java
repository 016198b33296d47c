package io.mozart.server.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.metadata.Album;
import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.Music;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Writer → parser round trips for every format, and clean failures on truncated or mutated bytes. */
class MetadataFormatPropertiesTest {

    // ---------------------------------------------------------------- generators

    private static Arbitrary<String> koreanText() {
        Arbitrary<Character> hangul = Arbitraries.chars().range('\uAC00', '\uD7A3');
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, hangul), net.jqwik.api.Tuple.of(1, ascii))
                .list()
                .ofMaxSize(12)
                .map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }

    /** {@code size} frame entries, a few of them present (cheaper than 42 independent optionals). */
    private static Arbitrary<List<Optional<String>>> frames(int size) {
        Arbitrary<String> name = Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars("._/")
                .ofMinLength(1)
                .ofMaxLength(10);
        return Combinators.combine(
                        Arbitraries.integers().between(0, size - 1).list().ofMaxSize(4),
                        name.list().ofSize(4))
                .as((at, names) -> {
                    List<Optional<String>> out = new ArrayList<>(java.util.Collections.nCopies(size, Optional.empty()));
                    for (int k = 0; k < at.size(); k++) {
                        out.set(at.get(k), Optional.of(names.get(k)));
                    }
                    return out;
                });
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<List<Music>> songs() {
        Arbitrary<Integer> i16 = Arbitraries.integers().between(Short.MIN_VALUE, Short.MAX_VALUE);
        Arbitrary<Integer> any = Arbitraries.integers();
        Arbitrary<Music> song = Combinators.combine(
                        any,
                        any,
                        Arbitraries.floats(),
                        i16.list().ofSize(3),
                        any.list().ofSize(3),
                        Arbitraries.of(true, false).list().ofSize(2),
                        any.list().ofSize(2),
                        dates().optional(0.5))
                .as((id, genre, bpm, levels, notes, flags, prices, date) -> new Music(
                        id,
                        genre,
                        bpm,
                        levels.get(0),
                        levels.get(1),
                        levels.get(2),
                        notes.get(0),
                        notes.get(1),
                        notes.get(2),
                        flags.get(0),
                        flags.get(1),
                        prices.get(0),
                        prices.get(1),
                        date));
        return song.list().ofMaxSize(8).uniqueElements(Music::id);
    }

    @Provide
    Arbitrary<OjnListFile> ojnLists() {
        Arbitrary<OjnHeader> header =
                Arbitraries.bytes().array(byte[].class).ofSize(OjnHeader.SIZE).map(OjnHeader::of);
        Arbitrary<List<OjnHeader>> headers = header.list().ofMaxSize(5).uniqueElements(OjnHeader::id);
        Arbitrary<Integer> i = Arbitraries.integers();
        Arbitrary<Short> s = Arbitraries.shorts();
        Arbitrary<Byte> b = Arbitraries.bytes();
        return Combinators.combine(
                        headers,
                        Arbitraries.integers().between(0, 9),
                        Combinators.combine(i, i, i, i)
                                .as(OjnListFile.NewMarker::new)
                                .list()
                                .ofMaxSize(3),
                        Combinators.combine(i, i, i, i, i)
                                .as(OjnListFile.PlanetAvailability::new)
                                .list()
                                .ofMaxSize(3),
                        Combinators.combine(i, i, i, i)
                                .as(OjnListFile.PremiumPrice::new)
                                .list()
                                .ofMaxSize(3),
                        Combinators.combine(i, i, i)
                                .as(OjnListFile.VipExclusion::new)
                                .list()
                                .ofMaxSize(3),
                        Combinators.combine(i, i)
                                .as(OjnListFile.Label::new)
                                .list()
                                .ofMaxSize(3),
                        Combinators.combine(i, i, i)
                                .as(OjnListFile.Discount::new)
                                .list()
                                .ofMaxSize(3))
                .flatAs((hs, n, s1, s2, s3, s4, s5, s6) -> Combinators.combine(
                                Combinators.combine(i, s, s)
                                        .as(OjnListFile.FreeMusic::new)
                                        .list()
                                        .ofMaxSize(3),
                                Combinators.combine(i, b, b, s)
                                        .as(OjnListFile.KeyMode::new)
                                        .list()
                                        .ofMaxSize(3),
                                Combinators.combine(i, dates())
                                        .as(OjnListFile.ReleaseDate::of)
                                        .list()
                                        .ofMaxSize(3))
                        .as((s7, s8, s9) -> new OjnListFile(
                                hs,
                                n,
                                keep(n, 1, s1),
                                keep(n, 2, s2),
                                keep(n, 3, s3),
                                keep(n, 4, s4),
                                keep(n, 5, s5),
                                keep(n, 6, s6),
                                keep(n, 7, s7),
                                keep(n, 8, s8),
                                keep(n, 9, s9))));
    }

    private static <T> List<T> keep(int sections, int section, List<T> records) {
        return section <= sections ? records : List.of();
    }

    @Provide
    Arbitrary<List<Album>> albums() {
        Arbitrary<Album.Entry> entry = Combinators.combine(
                        Arbitraries.integers().filter(x -> x != 0), Arbitraries.integers())
                .as(Album.Entry::new);
        Arbitrary<String> name = koreanText().filter(t -> KoreanText.encode(t).length <= 64);
        return Combinators.combine(
                        Arbitraries.integers(),
                        Arbitraries.integers(),
                        name,
                        Arbitraries.integers().between(Short.MIN_VALUE, Short.MAX_VALUE),
                        Arbitraries.integers().between(0, 255),
                        Arbitraries.of(true, false),
                        entry.list().ofMaxSize(10))
                .as(Album::new)
                .list()
                .ofMaxSize(5)
                .uniqueElements(Album::id);
    }

    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<Integer> u8 = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> any = Arbitraries.integers();
        return Combinators.combine(
                        any,
                        u8.list().ofSize(5),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(Short.MIN_VALUE, Short.MAX_VALUE),
                        any.list().ofSize(2),
                        Arbitraries.integers().between(0, 254),
                        koreanText().list().ofSize(2))
                .as((id, b, gender, isNew, qty, prices, part, texts) -> new Item(
                        id,
                        b.get(0),
                        b.get(1),
                        gender,
                        isNew,
                        qty,
                        b.get(2),
                        b.get(3),
                        b.get(4),
                        prices.get(0),
                        prices.get(1),
                        part,
                        texts.get(0),
                        texts.get(1)))
                .list()
                .ofMaxSize(6)
                .uniqueElements(Item::id);
    }

    @Provide
    Arbitrary<ItemDataFile> itemFiles() {
        return Arbitraries.of(ItemLayout.values())
                .flatMap(layout -> record(layout)
                        .list()
                        .ofMaxSize(4)
                        .uniqueElements(ItemDataFile.Record::id)
                        .map(rs -> new ItemDataFile(layout, rs)));
    }

    private static Arbitrary<ItemDataFile.Record> record(ItemLayout layout) {
        Arbitrary<Integer> u8 = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> any = Arbitraries.integers();
        Arbitrary<Integer> quantity = layout == ItemLayout.ORIGINAL || layout == ItemLayout.BETA
                ? u8
                : Arbitraries.integers().between(Short.MIN_VALUE, Short.MAX_VALUE);
        Arbitrary<List<Integer>> classic =
                layout == ItemLayout.CLASSIC ? any.list().ofSize(2) : Arbitraries.just(List.of(0, 0));
        Arbitrary<List<Optional<String>>> frames = layout == ItemLayout.BETA
                ? Arbitraries.oneOf(Arbitraries.just(List.<Optional<String>>of()), frames(32))
                : frames(42);
        return Combinators.combine(
                        any,
                        u8.list().ofSize(6),
                        Arbitraries.shorts(),
                        quantity,
                        any.list().ofSize(2),
                        classic,
                        koreanText().list().ofSize(2),
                        frames)
                .as((id, bytes, flags, qty, prices, cl, texts, fr) -> new ItemDataFile.Record(
                        id,
                        bytes.get(0),
                        bytes.get(1),
                        flags,
                        qty,
                        bytes.get(2),
                        bytes.get(3),
                        bytes.get(4),
                        prices.get(0),
                        prices.get(1),
                        bytes.get(5),
                        cl.get(0),
                        cl.get(1),
                        texts.get(0),
                        texts.get(1),
                        fr));
    }

    @Provide
    Arbitrary<List<Map.Entry<String, byte[]>>> archiveFiles() {
        return Combinators.combine(
                        Arbitraries.strings()
                                .alpha()
                                .withChars("\\._")
                                .ofMinLength(1)
                                .ofMaxLength(20),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
                .as((n, d) -> (Map.Entry<String, byte[]>) new AbstractMap.SimpleEntry<>(n, d))
                .list()
                .ofMaxSize(5);
    }

    // ---------------------------------------------------------------- round trips

    @Property(tries = 250)
    void ojnListRoundTrip(@ForAll("ojnLists") OjnListFile file) {
        assertEquals(file, OjnListFile.parse(file.toBytes(), "OJNList.dat"));
    }

    @Property
    void musicCatalogueRoundTrip(@ForAll("songs") List<Music> songs) {
        byte[] bytes = OjnListFile.of(songs).toBytes();
        assertEquals(
                songs, OjnListFile.parse(bytes, "OJNList.dat").toCatalogue().all());
    }

    @Property
    void albumListRoundTrip(@ForAll("albums") List<Album> albums) {
        AlbumListFile file = AlbumListFile.of(albums);
        AlbumListFile parsed = AlbumListFile.parse(file.toBytes(), "AlbumList.ojs");
        assertEquals(file, parsed);
        assertEquals(albums, parsed.toCatalogue().all());
    }

    @Property
    void itemCatalogueRoundTrip(@ForAll("items") List<Item> items) {
        byte[] bytes = ItemDataFile.of(items).toBytes();
        assertEquals(
                items,
                ItemDataFile.parse(bytes, "Itemdata.dat", ItemLayout.NX)
                        .toCatalogue()
                        .all());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.FIRST)
    void itemDataRoundTripInEveryLayout(@ForAll("itemFiles") ItemDataFile file) {
        assertEquals(file, ItemDataFile.parse(file.toBytes(), "Itemdata.dat", file.layout()));
    }

    @Property
    void archiveRoundTrip(
            @ForAll("archiveFiles") List<Map.Entry<String, byte[]>> files,
            @ForAll @IntRange(min = 1, max = 2) int signature) {
        OpiArchive archive = OpiArchive.parse(OpiArchive.write(signature, files), "x", signature);
        assertEquals(files.size(), archive.files().size());
        for (int k = 0; k < files.size(); k++) {
            assertEquals(files.get(k).getKey(), archive.files().get(k).name());
            assertArrayEquals(
                    files.get(k).getValue(), archive.extract(archive.files().get(k)));
        }
    }

    @Property(tries = 250)
    void encryptedOjnRoundTrip(
            @ForAll("ojnLists") OjnListFile list,
            @ForAll @IntRange(min = 1, max = 255) int block,
            @ForAll byte main,
            @ForAll byte mid,
            @ForAll byte initial) {
        byte[] plain = OjnHeader.builder()
                .id(list.headers().size())
                .levels(1, 2, 3)
                .build()
                .toBytes();
        byte[] encrypted = OjnFile.encrypt(plain, block, main, mid, initial);
        assertArrayEquals(plain, OjnFile.plainBytes(encrypted, "a.ojn"));
        assertEquals((short) 2, OjnFile.parseHeader(encrypted, "a.ojn").level(1));
    }

    // ---------------------------------------------------------------- damaged input

    @Provide
    Arbitrary<byte[]> validFiles() {
        return Arbitraries.oneOf(
                ojnLists().map(OjnListFile::toBytes),
                albums().map(a -> AlbumListFile.of(a).toBytes()),
                itemFiles().filter(f -> f.layout() == ItemLayout.NX).map(ItemDataFile::toBytes),
                archiveFiles().map(f -> OpiArchive.write(OpiArchive.OPA, f)));
    }

    private static final List<Function<byte[], Object>> PARSERS = List.of(
            d -> OjnListFile.parse(d, "f").toCatalogue(),
            d -> AlbumListFile.parse(d, "f").toCatalogue(),
            d -> ItemDataFile.parse(d, "f", ItemLayout.NX).toCatalogue(),
            d -> ItemDataFile.parse(d, "f", ItemLayout.ORIGINAL).toCatalogue(),
            d -> ItemDataFile.parse(d, "f", ItemLayout.BETA).toCatalogue(),
            d -> ItemDataFile.parse(d, "f", ItemLayout.CLASSIC).toCatalogue(),
            d -> ItemDataFile.parseDetected(d, "f"),
            d -> OpiArchive.parse(d, "f", OpiArchive.OPA),
            d -> OjnFile.parseHeader(d, "f"));

    private static void parsesOrFailsCleanly(byte[] data) {
        for (Function<byte[], Object> parser : PARSERS) {
            try {
                parser.apply(data);
            } catch (MetadataFormatException e) {
                assertTrue(e.getMessage().startsWith("f at offset "), e.getMessage());
                assertTrue(e.offset() >= 0 && e.offset() <= data.length, e.getMessage());
            }
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.FIRST)
    void truncationNeverThrowsAnythingElse(@ForAll("validFiles") byte[] file, @ForAll @IntRange(max = 10_000) int cut) {
        byte[] truncated = java.util.Arrays.copyOf(file, cut % (file.length + 1));
        parsesOrFailsCleanly(truncated);
    }

    @Property(tries = 250)
    void mutationNeverThrowsAnythingElse(
            @ForAll("validFiles") byte[] file,
            @ForAll List<@IntRange(max = 100_000) Integer> positions,
            @ForAll List<Byte> values) {
        byte[] mutated = file.clone();
        for (int k = 0; k < Math.min(positions.size(), values.size()) && mutated.length > 0; k++) {
            mutated[positions.get(k) % mutated.length] = values.get(k);
        }
        parsesOrFailsCleanly(mutated);
    }

    @Property
    void truncatingAValidFileInsideARecordIsAnError(@ForAll("albums") List<Album> albums) {
        List<Album> nonEmpty = new ArrayList<>(albums);
        if (nonEmpty.isEmpty()) {
            return;
        }
        byte[] bytes = AlbumListFile.of(nonEmpty).toBytes();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertThrows(MetadataFormatException.class, () -> AlbumListFile.parse(cut, "f"));
    }
}
