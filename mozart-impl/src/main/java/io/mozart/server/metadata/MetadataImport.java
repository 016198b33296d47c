package io.mozart.server.metadata;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the three metadata files in an O2Jam client installation (spec 06 §5 {@code metadata:import}):
 * {@code Itemdata.dat} from {@code Image/Avatar.opa}, the plain {@code Image/OJNList.dat}, and
 * {@code AlbumList.ojs} from {@code Image/Interface.opi} (or {@code Interface1.opi} when the first does
 * not exist). File names are matched case-insensitively.
 */
public final class MetadataImport {

    private MetadataImport() {}

    /**
     * One file found for import.
     *
     * @param source what to print as the source: {@code OJNList.dat} (actual name) or
     *               {@code <archive file name>:<entry name>}
     * @param data   the file's bytes
     */
    public record Source(String source, byte[] data) {}

    /**
     * What an installation provides; each part is empty when it was not found.
     *
     * @param itemData  Itemdata.dat
     * @param musicList OJNList.dat
     * @param albumList AlbumList.ojs
     */
    public record Sources(Optional<Source> itemData, Optional<Source> musicList, Optional<Source> albumList) {}

    /**
     * Looks for the files.
     *
     * @param o2jamDir the client directory
     * @return what was found
     * @throws FileNotFoundException   {@code O2Jam directory not found: <dir>} or
     *                                 {@code Image directory not found in: <dir>}
     * @throws IOException             when reading fails
     * @throws MetadataFormatException when an archive is invalid
     */
    public static Sources find(Path o2jamDir) throws IOException {
        Path dir = o2jamDir.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new FileNotFoundException("O2Jam directory not found: " + dir);
        }
        Path image = child(dir, "Image", true)
                .orElseThrow(() -> new FileNotFoundException("Image directory not found in: " + dir));

        Optional<Source> itemData = Optional.empty();
        Optional<Path> avatar = child(image, "Avatar.opa", false);
        if (avatar.isPresent()) {
            OpiArchive archive = OpiArchive.read(avatar.get());
            Optional<OpiArchive.Entry> entry = archive.find(n -> n.equalsIgnoreCase("Itemdata.dat"));
            if (entry.isEmpty()) {
                entry = archive.find(n -> {
                    String lower = n.toLowerCase(Locale.ROOT);
                    return lower.startsWith("itemdata_") && lower.endsWith(".dat");
                });
            }
            itemData = entry.map(e -> new Source(archive.fileName() + ":" + e.name(), archive.extract(e)));
        }

        Optional<Source> musicList = Optional.empty();
        Optional<Path> ojnList = child(image, "OJNList.dat", false);
        if (ojnList.isPresent()) {
            musicList =
                    Optional.of(new Source(ojnList.get().getFileName().toString(), Files.readAllBytes(ojnList.get())));
        }

        Optional<Source> albumList = Optional.empty();
        Optional<Path> iface = child(image, "Interface.opi", false);
        if (iface.isEmpty()) {
            iface = child(image, "Interface1.opi", false);
        }
        if (iface.isPresent()) {
            OpiArchive archive = OpiArchive.read(iface.get());
            albumList = archive.find(n -> n.equalsIgnoreCase("AlbumList.ojs"))
                    .map(e -> new Source(archive.fileName() + ":" + e.name(), archive.extract(e)));
        }
        return new Sources(itemData, musicList, albumList);
    }

    /**
     * Runs the import: finds the files and writes each one found to its target (creating directories,
     * overwriting). Returns the lines the command prints, in order: {@code Imported <source> -> <path>} or
     * {@code ItemData.dat is not found.} / {@code OJNList.dat is not found.} / {@code AlbumList.ojs is not found.}
     *
     * @param o2jamDir    the client directory
     * @param itemTarget  where Itemdata.dat goes
     * @param musicTarget where OJNList.dat goes
     * @param albumTarget where AlbumList.ojs goes
     * @return the report
     * @throws IOException             as {@link #find(Path)}, or when writing fails
     * @throws MetadataFormatException when an archive is invalid
     */
    public static Report run(Path o2jamDir, Path itemTarget, Path musicTarget, Path albumTarget) throws IOException {
        Sources sources = find(o2jamDir);
        List<String> lines = new ArrayList<>();
        int imported = 0;
        imported += store(sources.itemData(), itemTarget, "ItemData.dat is not found.", lines);
        imported += store(sources.musicList(), musicTarget, "OJNList.dat is not found.", lines);
        imported += store(sources.albumList(), albumTarget, "AlbumList.ojs is not found.", lines);
        return new Report(imported, lines);
    }

    /**
     * Result of {@link #run}.
     *
     * @param imported how many files were written (exit code 0 when at least one)
     * @param lines    the lines to print
     */
    public record Report(int imported, List<String> lines) {
        /**
         * Copies the lines.
         */
        public Report {
            lines = List.copyOf(lines);
        }
    }

    private static int store(Optional<Source> source, Path target, String missing, List<String> lines)
            throws IOException {
        if (source.isEmpty()) {
            lines.add(missing);
            return 0;
        }
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Files.write(absolute, source.get().data());
        lines.add("Imported " + source.get().source() + " -> " + absolute);
        return 1;
    }

    private static Optional<Path> child(Path dir, String name, boolean directory) throws IOException {
        Path exact = dir.resolve(name);
        if (directory ? Files.isDirectory(exact) : Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                    .filter(p -> directory ? Files.isDirectory(p) : Files.isRegularFile(p))
                    .sorted()
                    .findFirst();
        }
    }
}
