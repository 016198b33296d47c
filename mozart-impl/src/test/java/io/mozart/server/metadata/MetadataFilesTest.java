package io.mozart.server.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.metadata.Album;
import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemKind;
import io.mozart.api.metadata.ItemPart;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worked examples of spec 06 §3 and the edge cases the spec names. */
class MetadataFilesTest {

    @TempDir
    Path dir;

    private static ItemDataFile.Record emptyRecord(int id, List<Optional<String>> frames) {
        return new ItemDataFile.Record(id, 0, 0, (short) 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "", "", frames);
    }

    private static List<Optional<String>> noFrames(int n) {
        return Collections.nCopies(n, Optional.empty());
    }

    // ---------------------------------------------------------------- Itemdata.dat

    @Test
    void specExampleItemFileIs163BytesAndDecodes() {
        List<Optional<String>> frames = new ArrayList<>(noFrames(42));
        frames.set(2, Optional.of("f35.ojt"));
        ItemDataFile file = new ItemDataFile(
                ItemLayout.NX,
                List.of(
                        emptyRecord(1, noFrames(42)),
                        new ItemDataFile.Record(
                                35,
                                ItemKind.FACE.code(),
                                0,
                                (short) (Item.MALE << 7),
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                11,
                                0,
                                0,
                                "Face",
                                "",
                                frames)));
        byte[] bytes = file.toBytes();
        String expected = "02000000" + "01000000" + "00".repeat(68)
                + "23000000050080000000000000000000" + "0000000000" + "0B" + "04000000" + "46616365"
                + "00000000" + "0000" + "01" + "07000000" + "6633352E6F6A74" + "00".repeat(39);
        assertEquals(163, bytes.length);
        assertEquals(expected, HexFormat.of().withUpperCase().formatHex(bytes));

        assertEquals(ItemLayout.NX, ItemDataFile.detectLayout(bytes, "Itemdata.dat"));
        Item face = ItemDataFile.parse(bytes, "Itemdata.dat", ItemLayout.NX)
                .toCatalogue()
                .find(35)
                .orElseThrow();
        assertEquals(new Item(35, 5, 0, Item.MALE, false, 0, 0, 0, 0, 0, 0, 11, "Face", ""), face);
        assertEquals(Optional.of(ItemPart.FACE), face.knownPart());
    }

    @Test
    void autoDetectionRecognisesEveryLayout() {
        for (ItemLayout layout : ItemLayout.values()) {
            List<Optional<String>> frames = layout == ItemLayout.BETA ? List.of() : noFrames(42);
            ItemDataFile file = new ItemDataFile(layout, List.of(emptyRecord(1, frames), emptyRecord(0x0101, frames)));
            byte[] bytes = file.toBytes();
            assertEquals(layout, ItemDataFile.detectLayout(bytes, "Itemdata.dat"), layout.name());
            assertEquals(file, ItemDataFile.parseDetected(bytes, "Itemdata.dat"));
            assertEquals(layout.detectionOffset(), 4 + bytes.length / 2 - 2, "record size of " + layout);
        }
    }

    @Test
    void autoDetectionFailsCleanlyWhenTheFirstRecordIsNotEmpty() {
        byte[] bytes = ItemDataFile.of(List.of(new Item(1, 0, 0, 0, false, 5, 0, 0, 0, 0, 0, 0, "", "")))
                .toBytes();
        MetadataFormatException e =
                assertThrows(MetadataFormatException.class, () -> ItemDataFile.detectLayout(bytes, "Itemdata.dat"));
        assertEquals(12, e.offset());
        assertThrows(MetadataFormatException.class, () -> ItemDataFile.detectLayout(new byte[20], "x"));
    }

    @Test
    void koreanNamesRoundTripIncludingSyllablesOutsideEucKr() {
        String name = "똠방각하 한국어 아이템"; // 똠 exists only in CP949 (UHC), not in plain EUC-KR
        Item item = new Item(7, ItemKind.HAIR.code(), 2, Item.FEMALE, true, 1, 0, 0, 1, 100, 0, 1, name, "설명");
        byte[] bytes = ItemDataFile.of(List.of(item)).toBytes();
        assertEquals(
                item,
                ItemDataFile.parse(bytes, "Itemdata.dat", ItemLayout.NX)
                        .toCatalogue()
                        .find(7)
                        .orElseThrow());
        // "한국" is the EUC-KR byte sequence C7 D1 B1 B9 (identical in CP949)
        assertArrayEquals(new byte[] {(byte) 0xC7, (byte) 0xD1, (byte) 0xB1, (byte) 0xB9}, KoreanText.encode("한국"));
        assertEquals("한국", KoreanText.decode(new byte[] {(byte) 0xC7, (byte) 0xD1, (byte) 0xB1, (byte) 0xB9}));
        assertEquals("a?", KoreanText.decode(new byte[] {'a', (byte) 0xFF}));
    }

    @Test
    void partByte255IsDerivedFromKindAndFlagsAreDecoded() {
        short flags = (short) (Item.ANY << 7 | 1 << 11);
        ItemDataFile.Record arm = new ItemDataFile.Record(
                1, ItemKind.LEFT_ARM.code(), 0, flags, 0, 0, 0, 0, 0, 0, 255, 0, 0, "", "", noFrames(42));
        ItemDataFile.Record pet = new ItemDataFile.Record(
                2, ItemKind.PET.code(), 0, (short) 0xF800, 0, 0, 0, 0, 0, 0, 255, 0, 0, "", "", noFrames(42));
        assertEquals(ItemPart.LEFT_ARM.code(), arm.toItem().part());
        assertEquals(Item.ANY, arm.toItem().gender());
        assertTrue(arm.toItem().isNew());
        assertEquals(ItemPart.BODY.code(), pet.toItem().part());
        assertFalse(pet.toItem().isNew(), "arithmetic shift: 0xF800 >> 11 == -1");
        assertEquals(ItemPart.ATTRIBUTIVE_ITEM.code(), ItemDataFile.partFromKind(ItemKind.ATTRIBUTIVE_ITEM.code()));
    }

    @Test
    void classicSpecialGender() {
        ItemDataFile.Record both =
                new ItemDataFile.Record(1, 0, 0, (short) 0, 0, 0, 0, 0, 0, 0, 0, 10, 10, "", "", noFrames(42));
        assertEquals(Optional.of(Item.ANY), both.classicSpecialGender());
        ItemDataFile file = new ItemDataFile(ItemLayout.CLASSIC, List.of(both));
        assertEquals(file, ItemDataFile.parse(file.toBytes(), "x", ItemLayout.CLASSIC));
    }

    @Test
    void duplicateItemIdAndNegativeLengthAreRejectedWithOffsets() {
        byte[] twice = new ItemDataFile(
                        ItemLayout.NX, List.of(emptyRecord(9, noFrames(42)), emptyRecord(9, noFrames(42))))
                .toBytes();
        MetadataFormatException dup = assertThrows(
                MetadataFormatException.class, () -> ItemDataFile.parse(twice, "Itemdata.dat", ItemLayout.NX));
        assertEquals(4 + 72, dup.offset());
        assertTrue(dup.getMessage().startsWith("Itemdata.dat at offset 76: duplicate item id 9"), dup.getMessage());

        byte[] negative = new ItemDataFile(ItemLayout.NX, List.of(emptyRecord(9, noFrames(42)))).toBytes();
        negative[4 + 22] = (byte) 0xFF;
        negative[4 + 23] = (byte) 0xFF;
        negative[4 + 24] = (byte) 0xFF;
        negative[4 + 25] = (byte) 0xFF;
        assertEquals(
                26,
                assertThrows(MetadataFormatException.class, () -> ItemDataFile.parse(negative, "x", ItemLayout.NX))
                        .offset());
    }

    // ---------------------------------------------------------------- OJNList.dat

    private static OjnHeader header(int id) {
        return OjnHeader.builder()
                .id(id)
                .levels(1, 20, 40)
                .noteCounts(100, 70000, 300)
                .build();
    }

    @Test
    void headerFieldsSitAtTheSpecOffsets() {
        byte[] raw = OjnHeader.builder()
                .id(0x01020304)
                .levels(1, 2, 3)
                .noteCounts(4, 5, 6)
                .ojmFileName("o2ma100.ojm")
                .build()
                .toBytes();
        assertEquals(300, raw.length);
        assertEquals(0x04, raw[0]);
        assertEquals("ojn", new String(raw, 4, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, raw[20]);
        assertEquals(2, raw[22]);
        assertEquals(3, raw[24]);
        assertEquals(4, raw[40]);
        assertEquals(5, raw[44]);
        assertEquals(6, raw[48]);
        assertEquals('o', raw[236]);
        assertEquals("o2ma100.ojm", OjnHeader.of(raw).ojmFileName());
    }

    @Test
    void oldFormatFileWithoutSectionsLoadsWithDefaults() {
        byte[] bytes =
                OjnListFile.headersOnly(List.of(header(100), header(101))).toBytes();
        assertEquals(4 + 600, bytes.length);
        MusicCatalogue songs = OjnListFile.parse(bytes, "OJNList.dat").toCatalogue();
        assertEquals(List.of(100, 101), songs.all().stream().map(Music::id).toList());
        Music m = songs.find(101).orElseThrow();
        assertEquals(70000, m.noteCountNx());
        assertEquals(20, m.levelNx());
        assertFalse(m.isNew());
        assertFalse(m.purchasable());
        assertEquals(Optional.empty(), m.releaseDate());
    }

    @Test
    void sectionsApplyTheirRulesAndIgnoreUnknownIds() {
        OjnListFile file = new OjnListFile(
                List.of(header(1), header(2), header(3)),
                9,
                List.of(
                        new OjnListFile.NewMarker(1, 1, 5, 0), new OjnListFile.NewMarker(2, 0, 1, 0),
                        new OjnListFile.NewMarker(3, 0, 7, 1), new OjnListFile.NewMarker(99, 1, 0, 0)),
                List.of(new OjnListFile.PlanetAvailability(1, 1, 1, 1, 1)),
                List.of(
                        new OjnListFile.PremiumPrice(1, 0, 0, OjnListFile.PREMIUM_UNUSED),
                        new OjnListFile.PremiumPrice(2, 0, 30, 0)),
                List.of(),
                List.of(new OjnListFile.Label(1, 2)),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        OjnListFile.ReleaseDate.of(3, LocalDate.of(2008, 2, 29)),
                        new OjnListFile.ReleaseDate(99, "garbage!!!".getBytes(), (short) 0, 0, 0, 0)));
        MusicCatalogue songs = OjnListFile.parse(file.toBytes(), "OJNList.dat").toCatalogue();
        Music one = songs.find(1).orElseThrow();
        Music two = songs.find(2).orElseThrow();
        Music three = songs.find(3).orElseThrow();
        assertFalse(one.isNew());
        assertTrue(one.isPremiumNew());
        assertFalse(one.purchasable());
        assertTrue(two.isNew());
        assertTrue(two.purchasable());
        assertEquals(30, two.priceGem());
        assertTrue(three.isNew(), "overrideNew != 0");
        assertEquals(Optional.of(LocalDate.of(2008, 2, 29)), three.releaseDate());
        assertEquals(3, songs.size(), "id 99 has no header");
    }

    @Test
    void fileMayStopAfterAnyCompleteSectionAndNegativeCountsReadAsZero() {
        byte[] headers = OjnListFile.headersOnly(List.of(header(5))).toBytes();
        LeWriter w = new LeWriter()
                .bytes(headers)
                .i32(-3)
                .i32(0)
                .i32(1)
                .i32(5)
                .i32(10)
                .i32(20)
                .i32(0);
        OjnListFile parsed = OjnListFile.parse(w.toByteArray(), "OJNList.dat");
        assertEquals(3, parsed.sections());
        assertEquals(20, parsed.toCatalogue().find(5).orElseThrow().priceGem());

        byte[] dangling = new LeWriter().bytes(headers).i32(0).u8(1).toByteArray();
        MetadataFormatException e =
                assertThrows(MetadataFormatException.class, () -> OjnListFile.parse(dangling, "OJNList.dat"));
        assertEquals(308, e.offset());
    }

    @Test
    void truncatedHeaderDuplicateIdAndBadDateRejectTheFile() {
        byte[] full = OjnListFile.headersOnly(List.of(header(1), header(1))).toBytes();
        MetadataFormatException dup =
                assertThrows(MetadataFormatException.class, () -> OjnListFile.parse(full, "OJNList.dat"));
        assertEquals(304, dup.offset());

        byte[] cut = java.util.Arrays.copyOf(
                OjnListFile.headersOnly(List.of(header(1))).toBytes(), 200);
        MetadataFormatException trunc =
                assertThrows(MetadataFormatException.class, () -> OjnListFile.parse(cut, "OJNList.dat"));
        assertEquals("OJNList.dat at offset 4: truncated OJN header: needs 300 bytes, 196 left", trunc.getMessage());

        for (String bad : new String[] {"2008-02-30", "2008-2-3\0\0", "08-02-2008", "0000-01-01"}) {
            OjnListFile file = new OjnListFile(
                    List.of(header(1)),
                    9,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(new OjnListFile.ReleaseDate(1, bad.getBytes(), (short) 0, 0, 0, 0)));
            MetadataFormatException e = assertThrows(
                    MetadataFormatException.class, () -> OjnListFile.parse(file.toBytes(), "OJNList.dat"), bad);
            assertEquals(4 + 300 + 9 * 4 + 4, e.offset(), bad); // nine counts, then the id
        }
        OjnListFile padded = new OjnListFile(
                List.of(header(1)),
                9,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new OjnListFile.ReleaseDate(1, "\u00002001-1-01".getBytes(), (short) 0, 0, 0, 0)));
        assertThrows(MetadataFormatException.class, () -> OjnListFile.parse(padded.toBytes(), "x"));
    }

    @Test
    void standaloneOjnPlainAndEncrypted() {
        byte[] plain = header(42).toBytes();
        assertEquals(42, OjnFile.parseHeader(plain, "o2ma42.ojn").id());
        byte[] enc = OjnFile.encrypt(plain, 1, (byte) 1, (byte) 2, (byte) 3);
        assertEquals(2, enc[enc.length - 1] ^ plain[0], "block size 1: the mid key wins");
        assertEquals(42, OjnFile.parseHeader(enc, "o2ma42.ojn").id());
        enc[3] = 0;
        assertEquals(
                3,
                assertThrows(MetadataFormatException.class, () -> OjnFile.parseHeader(enc, "x"))
                        .offset());
    }

    // ---------------------------------------------------------------- AlbumList.ojs

    @Test
    void albumRecordsAre160BytesSkipEmptySlotsAndRejectDuplicates() {
        Album album = new Album(3, 77, "앨범", 500, 2, true, List.of(new Album.Entry(100, 0), new Album.Entry(101, 3)));
        byte[] bytes = AlbumListFile.of(List.of(album)).toBytes();
        assertEquals(4 + 160, bytes.length);
        assertEquals(
                List.of(album),
                AlbumListFile.parse(bytes, "AlbumList.ojs").toCatalogue().all());

        byte[] twice = AlbumListFile.of(List.of(album, new Album(3, 78, "", 0, 0, false, List.of())))
                .toBytes();
        twice[4 + 160 + 4] = 77;
        assertEquals(
                4 + 160 + 4,
                assertThrows(MetadataFormatException.class, () -> AlbumListFile.parse(twice, "AlbumList.ojs"))
                        .offset());
        assertEquals(
                0,
                AlbumListFile.parse(new LeWriter().i32(-1).toByteArray(), "x")
                        .records()
                        .size());
    }

    // ---------------------------------------------------------------- loading

    @Test
    void missingFilesGiveEmptyCataloguesAndCorruptFilesThrow() throws Exception {
        assertTrue(MetadataLoader.music(dir.resolve("nope.dat")).isEmpty());
        assertTrue(MetadataLoader.items(dir.resolve("nope.dat")).isEmpty());
        assertTrue(MetadataLoader.albums(dir.resolve("nope.ojs")).isEmpty());

        Path bad = dir.resolve("OJNList.dat");
        Files.write(bad, new byte[] {1, 0, 0, 0, 9});
        MetadataFormatException e = assertThrows(MetadataFormatException.class, () -> MetadataLoader.music(bad));
        assertTrue(e.getMessage().startsWith(bad + " at offset 4: "), e.getMessage());
    }

    // ---------------------------------------------------------------- archives and import

    @Test
    void invalidArchivesAreRejected() {
        assertThrows(MetadataFormatException.class, () -> OpiArchive.parse(new byte[15], "a.opa", 1));
        byte[] ok = OpiArchive.write(OpiArchive.OPI, List.of(Map.entry("a", new byte[] {1})));
        assertThrows(MetadataFormatException.class, () -> OpiArchive.parse(ok, "a.opa", OpiArchive.OPA));
        byte[] badOffset = ok.clone();
        badOffset[ok.length - 152 + 132] = 5; // data offset 5 < 16
        MetadataFormatException e = assertThrows(
                MetadataFormatException.class, () -> OpiArchive.parse(badOffset, "Interface.opi", OpiArchive.OPI));
        assertTrue(e.getMessage().contains("Invalid OPI/OPA archive"), e.getMessage());
    }

    @Test
    void importFindsTheThreeFilesCaseInsensitively() throws Exception {
        Path game = Files.createDirectories(dir.resolve("O2Jam"));
        Path image = Files.createDirectories(game.resolve("IMAGE"));
        byte[] items = ItemDataFile.of(List.of(new Item(5, 0, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, "x", "")))
                .toBytes();
        byte[] albums = AlbumListFile.of(List.of()).toBytes();
        byte[] music = OjnListFile.headersOnly(List.of(header(1))).toBytes();
        Files.write(
                image.resolve("avatar.OPA"),
                OpiArchive.write(
                        OpiArchive.OPA,
                        List.of(
                                Map.entry("data\\ItemData_b.dat", new byte[] {9}),
                                Map.entry("data\\ItemData_A.dat", items))));
        Files.write(
                image.resolve("Interface1.opi"),
                OpiArchive.write(OpiArchive.OPI, List.of(Map.entry("AlbumList.ojs", albums))));
        Files.write(image.resolve("ojnlist.dat"), music);

        Path out = dir.resolve("out");
        MetadataImport.Report report = MetadataImport.run(
                game, out.resolve("Itemdata.dat"), out.resolve("OJNList.dat"), out.resolve("AlbumList.ojs"));
        assertEquals(3, report.imported());
        assertEquals(
                List.of(
                        "Imported avatar.OPA:data\\ItemData_A.dat -> "
                                + out.resolve("Itemdata.dat").toAbsolutePath(),
                        "Imported ojnlist.dat -> " + out.resolve("OJNList.dat").toAbsolutePath(),
                        "Imported Interface1.opi:AlbumList.ojs -> "
                                + out.resolve("AlbumList.ojs").toAbsolutePath()),
                report.lines());
        assertEquals(1, MetadataLoader.items(out.resolve("Itemdata.dat")).size());
        assertEquals(1, MetadataLoader.music(out.resolve("OJNList.dat")).size());

        Path empty = Files.createDirectories(dir.resolve("Empty/Image"));
        MetadataImport.Report none =
                MetadataImport.run(empty.getParent(), out.resolve("a"), out.resolve("b"), out.resolve("c"));
        assertEquals(0, none.imported());
        assertEquals(
                List.of("ItemData.dat is not found.", "OJNList.dat is not found.", "AlbumList.ojs is not found."),
                none.lines());
        assertEquals(
                "Image directory not found in: " + game.resolve("IMAGE").toAbsolutePath(),
                assertThrows(java.io.FileNotFoundException.class, () -> MetadataImport.find(image))
                        .getMessage());
    }
}
