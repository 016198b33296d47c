package io.mozart.server.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.Music;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec 06 §3.6 against real files in a temp directory. */
class MetadataResolverTest {

    @TempDir
    Path dir;

    private static Music song(int id) {
        return Music.basic(id, 1, 2, 3, 10, 20, 30);
    }

    private void writeSongs(Path path, int... ids) throws Exception {
        OjnListFile.of(java.util.Arrays.stream(ids)
                        .mapToObj(MetadataResolverTest::song)
                        .toList())
                .write(path);
    }

    @Test
    void channelOverridesWinOverGlobalPaths() throws Exception {
        writeSongs(dir.resolve("global.dat"), 1, 2);
        writeSongs(dir.resolve("ch5.dat"), 7);
        ItemDataFile.of(List.of(new Item(3, 0, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, "모자", "")))
                .write(dir.resolve("items"));
        MetadataPaths global = MetadataPaths.of(
                dir.resolve("global.dat").toString(), "", dir.resolve("items").toString());
        MetadataResolver resolver = new MetadataResolver(
                global,
                Map.of(
                        5, MetadataPaths.of(dir.resolve("ch5.dat").toString(), null, " "),
                        6, MetadataPaths.of("", "", "")));

        assertEquals(
                List.of(1, 2), resolver.music(0).all().stream().map(Music::id).toList());
        assertEquals(List.of(7), resolver.music(5).all().stream().map(Music::id).toList());
        assertEquals(
                List.of(1, 2), resolver.music(6).all().stream().map(Music::id).toList());
        assertEquals("모자", resolver.items(5).find(3).orElseThrow().name());
        assertTrue(resolver.albums(5).isEmpty(), "no album path at all");
        resolver.loadAll(List.of(0, 5, 6));
    }

    @Test
    void reloadReadsTheFilesAgain() throws Exception {
        Path file = dir.resolve("OJNList.dat");
        writeSongs(file, 1);
        MetadataResolver resolver = new MetadataResolver(MetadataPaths.of(file.toString(), null, null), Map.of());
        assertEquals(1, resolver.music(0).size());
        writeSongs(file, 1, 2, 3);
        assertEquals(1, resolver.music(0).size(), "cached until reload");
        resolver.reload();
        assertEquals(3, resolver.music(0).size(), "the new file after reload");
        Files.write(file, new byte[] {1, 2, 3});
        resolver.reload();
        assertEquals(0, resolver.music(0).size(), "a broken file after reload gives the empty catalogue");
    }

    @Test
    void cacheNeverReloadsButExistenceIsCheckedOnEveryAccess() throws Exception {
        Path file = dir.resolve("OJNList.dat");
        writeSongs(file, 1);
        MetadataResolver resolver = new MetadataResolver(MetadataPaths.of(file.toString(), null, null), Map.of());
        assertEquals(1, resolver.music(0).size());

        writeSongs(file, 1, 2, 3);
        assertEquals(1, resolver.music(0).size(), "first successful parse wins");

        Files.delete(file);
        assertTrue(resolver.music(0).isEmpty(), "missing file: empty");

        writeSongs(file, 4, 5);
        assertEquals(List.of(1), resolver.music(0).all().stream().map(Music::id).toList(), "restored: old content");
    }

    @Test
    void corruptFileGivesEmptyCatalogueAndIsRetriedOnceChanged() throws Exception {
        Path file = dir.resolve("Itemdata.dat");
        Files.write(file, new byte[] {1, 0, 0, 0, 1, 2});
        MetadataResolver resolver = new MetadataResolver(MetadataPaths.of(null, null, file.toString()), Map.of());
        assertTrue(resolver.items(1).isEmpty());
        assertTrue(resolver.items(1).isEmpty());

        ItemDataFile.of(List.of(new Item(9, 0, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, "", "")))
                .write(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(1, resolver.items(1).size(), "a failed parse is not cached");
    }
}
