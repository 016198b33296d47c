package io.mozart.server.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The game's OPI/OPA archives (spec 06 §3.5), read only for {@code metadata:import}: a 16-byte
 * header, the file data, and at the end a table of 152-byte entries.
 */
public final class OpiArchive {

    /** Signature of an {@code .opa} archive. */
    public static final int OPA = 1;
    /** Signature of an {@code .opi} archive. */
    public static final int OPI = 2;
    /** Size of a table entry. */
    public static final int ENTRY_SIZE = 152;
    /** Size of the header. */
    public static final int HEADER_SIZE = 16;

    private static final int NAME_SIZE = 128;
    private static final String INVALID = "Invalid OPI/OPA archive: ";

    private final String fileName;
    private final byte[] data;
    private final List<Entry> files;

    private OpiArchive(String fileName, byte[] data, List<Entry> files) {
        this.fileName = fileName;
        this.data = data;
        this.files = List.copyOf(files);
    }

    /**
     * A file stored in the archive (table entries of type 1; other types are skipped).
     *
     * @param name   entry name as stored (may contain {@code \} separators)
     * @param offset data offset in the archive
     * @param size   data size
     */
    public record Entry(String name, int offset, int size) {

        /** @return the part of the name after the last {@code \} or {@code /} */
        public String baseName() {
            String n = name.replace('\\', '/');
            return n.substring(n.lastIndexOf('/') + 1);
        }
    }

    /**
     * Reads an archive; the signature must match the extension ({@code .opa} 1, {@code .opi} 2).
     *
     * @param path the archive
     * @return the archive
     * @throws IOException             when it cannot be read
     * @throws MetadataFormatException when it is not a valid archive
     */
    public static OpiArchive read(Path path) throws IOException {
        String name = path.getFileName().toString();
        return parse(Files.readAllBytes(path), name, signatureFor(name));
    }

    /**
     * @param fileName an archive file name
     * @return the signature its extension requires, or -1 for another extension
     */
    public static int signatureFor(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".opa") ? OPA : lower.endsWith(".opi") ? OPI : -1;
    }

    /**
     * Parses archive bytes.
     *
     * @param data              the archive
     * @param fileName          name used in error messages
     * @param expectedSignature {@link #OPA} or {@link #OPI}
     * @return the archive
     * @throws MetadataFormatException "Invalid OPI/OPA archive" with the offset of the problem
     */
    public static OpiArchive parse(byte[] data, String fileName, int expectedSignature) {
        if (data.length < HEADER_SIZE) {
            throw new MetadataFormatException(fileName, data.length, INVALID + "shorter than 16 bytes");
        }
        LeReader in = new LeReader(data, fileName);
        int signature = in.i32("signature");
        if (signature != expectedSignature) {
            throw in.error(0, INVALID + "signature " + signature + ", expected " + expectedSignature);
        }
        int count = in.i32("entry count");
        if (count < 0) {
            throw in.error(4, INVALID + "negative entry count " + count);
        }
        long tableStart = (long) data.length - (long) count * ENTRY_SIZE;
        if (tableStart < HEADER_SIZE) {
            throw in.error(4, INVALID + count + " entries do not fit in " + data.length + " bytes");
        }
        List<Entry> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = (int) tableStart + i * ENTRY_SIZE;
            in.position(at);
            int type = in.i32("entry type");
            byte[] rawName = in.bytes(NAME_SIZE, "entry name");
            int offset = in.i32("entry offset");
            int size = in.i32("entry size");
            if (type != 1) {
                continue;
            }
            if (offset < HEADER_SIZE || size < 0 || (long) offset + size > tableStart) {
                throw in.error(
                        at,
                        INVALID + "entry " + i + " has offset " + offset + " and size " + size + " (data area is 16.."
                                + tableStart + ")");
            }
            int end = 0;
            while (end < rawName.length && rawName[end] != 0) {
                end++;
            }
            String name = new String(rawName, 0, end, StandardCharsets.US_ASCII).strip();
            files.add(new Entry(name, offset, size));
        }
        return new OpiArchive(fileName, data, files);
    }

    /** @return the archive's file name */
    public String fileName() {
        return fileName;
    }

    /** @return the stored files, in table order */
    public List<Entry> files() {
        return files;
    }

    /**
     * @param entry an entry of this archive
     * @return a copy of its bytes
     */
    public byte[] extract(Entry entry) {
        if (!files.contains(entry)) {
            throw new IllegalArgumentException("not an entry of " + fileName + ": " + entry);
        }
        return Arrays.copyOfRange(data, entry.offset(), entry.offset() + entry.size());
    }

    /**
     * The first file, in case-insensitive name order, whose base name satisfies the test.
     *
     * @param baseNameTest test on {@link Entry#baseName()}
     * @return the entry
     */
    public Optional<Entry> find(Predicate<String> baseNameTest) {
        return files.stream()
                .filter(e -> baseNameTest.test(e.baseName()))
                .min(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * Writes an archive (for tests): header, the files' data in order, then the entry table.
     *
     * @param signature {@link #OPA} or {@link #OPI}
     * @param files     entry name (ASCII, at most 127 bytes) → data, in order
     * @return the archive bytes
     */
    public static byte[] write(int signature, List<Map.Entry<String, byte[]>> files) {
        LeWriter out = new LeWriter().i32(signature).i32(files.size()).i32(0).i32(0);
        int[] offsets = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            offsets[i] = out.size();
            out.bytes(files.get(i).getValue());
        }
        for (int i = 0; i < files.size(); i++) {
            byte[] name = files.get(i).getKey().getBytes(StandardCharsets.US_ASCII);
            if (name.length >= NAME_SIZE) {
                throw new IllegalArgumentException(
                        "entry name longer than 127 bytes: " + files.get(i).getKey());
            }
            out.i32(1)
                    .fixed(name, NAME_SIZE, "entry name")
                    .i32(offsets[i])
                    .i32(files.get(i).getValue().length)
                    .i32(0)
                    .i32(0)
                    .i32(0);
        }
        return out.toByteArray();
    }
}
