package io.mozart.launcher.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.launcher.Cli;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** metadata:import from a synthetic O2Jam client directory (spec 06 §3.5 archives written by hand). */
class MetadataImportCommandTest {

    @TempDir
    Path root;

    private Cli cli;
    private Path client;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(root);
        client = Files.createDirectories(root.resolve("O2Jam"));
    }

    /** An OPI/OPA archive with one file entry: header, data at 16, then the 152-byte entry table. */
    private static byte[] archive(int signature, String name, byte[] data) {
        final ByteBuffer b = ByteBuffer.allocate(16 + data.length + 152).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature).putInt(1).putLong(0).put(data);
        b.putInt(1);
        final byte[] field = new byte[128];
        final byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, field, 0, ascii.length);
        b.put(field).putInt(16).putInt(data.length).putInt(0).putInt(0).putInt(0);
        return b.array();
    }

    @Test
    void importsAllThreeFiles() throws Exception {
        final Path image = Files.createDirectories(client.resolve("image"));
        final byte[] music = {1, 2, 3};
        final byte[] items = {4, 5};
        final byte[] albums = {6};
        Files.write(image.resolve("ojnlist.dat"), music);
        Files.write(image.resolve("Avatar.opa"), archive(1, "Data\\Itemdata.dat", items));
        Files.write(image.resolve("Interface.opi"), archive(2, "AlbumList.ojs", albums));

        final Cli.Result r = cli.run("metadata:import", client.toString(), "--Metadata:ItemData=data/items.dat");
        assertEquals(0, r.code(), r::toString);
        final Path itemTarget = cli.work().resolve("data/items.dat");
        assertEquals(
                List.of(
                        "Imported Avatar.opa:Data\\Itemdata.dat -> " + itemTarget,
                        "Imported ojnlist.dat -> " + cli.work().resolve("OJNList.dat"),
                        "Imported Interface.opi:AlbumList.ojs -> " + cli.work().resolve("AlbumList.ojs")),
                r.lines());
        assertArrayEquals(items, Files.readAllBytes(itemTarget));
        assertArrayEquals(music, Files.readAllBytes(cli.work().resolve("OJNList.dat")));
        assertArrayEquals(albums, Files.readAllBytes(cli.work().resolve("AlbumList.ojs")));
    }

    @Test
    void defaultsToTheWorkingDirectoryAndReportsWhatIsMissing() throws Exception {
        Files.createDirectories(cli.work().resolve("Image"));
        Files.write(cli.work().resolve("Image/OJNList.dat"), new byte[] {7});
        final Cli.Result r = cli.run("metadata:import");
        assertEquals(0, r.code(), r::toString);
        assertEquals(
                List.of(
                        "ItemData.dat is not found.",
                        "Imported OJNList.dat -> " + cli.work().resolve("OJNList.dat"),
                        "AlbumList.ojs is not found."),
                r.lines());
    }

    @Test
    void nothingToImportExitsWithCode1() throws Exception {
        Files.createDirectories(client.resolve("Image"));
        final Cli.Result r = cli.run("metadata:import", client.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(
                List.of("ItemData.dat is not found.", "OJNList.dat is not found.", "AlbumList.ojs is not found."),
                r.lines());
    }

    @Test
    void missingDirectoriesAreNamed() {
        final Cli.Result none =
                cli.run("metadata:import", root.resolve("nowhere").toString());
        assertEquals(1, none.code(), none::toString);
        assertEquals(List.of("O2Jam directory not found: " + root.resolve("nowhere")), none.lines());
        final Cli.Result noImage = cli.run("metadata:import", client.toString());
        assertEquals(1, noImage.code(), noImage::toString);
        assertEquals(List.of("Image directory not found in: " + client), noImage.lines());
    }

    @Test
    void anInvalidArchiveIsAnErrorNotACrash() throws Exception {
        final Path image = Files.createDirectories(client.resolve("Image"));
        final ByteArrayOutputStream junk = new ByteArrayOutputStream();
        junk.write(new byte[] {2, 0, 0, 0, 99, 0, 0, 0});
        Files.write(image.resolve("Avatar.opa"), junk.toByteArray());
        final Cli.Result r = cli.run("metadata:import", client.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.lines().size(), r::toString);
        assertTrue(r.out().startsWith("Metadata import failed: "), r::toString);
    }
}
