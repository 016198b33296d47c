package io.mozart.server.metadata;

import io.mozart.api.metadata.Album;
import io.mozart.api.metadata.AlbumCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * AlbumList.ojs (spec 06 §3.3): {@code int32 N} then N records of 160 bytes.
 *
 * @param records the records, in file order
 */
public record AlbumListFile(List<AlbumListFile.Record> records) {

    /** Size of one record in bytes. */
    public static final int RECORD_SIZE = 160;

    /**
     * Copies the list.
     */
    public AlbumListFile {
        records = List.copyOf(records);
    }

    /**
     * The file whose catalogue is exactly these albums (names encoded as CP949, at most 64 bytes;
     * unused slots written as music id 0).
     *
     * @param albums the albums (unique ids)
     * @return the file
     * @throws IllegalArgumentException when a name or a number does not fit its field or ids repeat
     */
    public static AlbumListFile of(List<Album> albums) {
        AlbumCatalogue.of(albums); // rejects duplicate ids
        List<Record> records = new ArrayList<>();
        for (Album a : albums) {
            byte[] name = KoreanText.encode(a.name());
            if (name.length > 64 || a.name().indexOf('\0') >= 0) {
                throw new IllegalArgumentException("album name must be 0..64 bytes without NUL: " + a.name());
            }
            if (a.price() < Short.MIN_VALUE || a.price() > Short.MAX_VALUE || a.level() < 0 || a.level() > 255) {
                throw new IllegalArgumentException("album price must fit int16 and level a byte: " + a);
            }
            int[] music = new int[Album.MAX_ENTRIES];
            int[] difficulty = new int[Album.MAX_ENTRIES];
            for (int i = 0; i < a.entries().size(); i++) {
                music[i] = a.entries().get(i).musicId();
                difficulty[i] = a.entries().get(i).difficulty();
            }
            records.add(new Record(
                    a.serverId(),
                    a.id(),
                    Arrays.copyOf(name, 64),
                    (short) a.price(),
                    (byte) a.level(),
                    (byte) (a.ranked() ? 1 : 0),
                    0,
                    music,
                    difficulty));
        }
        return new AlbumListFile(records);
    }

    /**
     * Reads and parses a file.
     *
     * @param path the file
     * @return the parsed file
     * @throws IOException             when the file cannot be read
     * @throws MetadataFormatException when it is corrupt or truncated
     */
    public static AlbumListFile read(Path path) throws IOException {
        return parse(Files.readAllBytes(path), path.toString());
    }

    /**
     * Parses an AlbumList.ojs. A negative count means no records; bytes after the records are ignored.
     *
     * @param data     the whole file
     * @param fileName name used in error messages
     * @return the parsed file
     * @throws MetadataFormatException on truncation or a duplicate album id
     */
    public static AlbumListFile parse(byte[] data, String fileName) {
        LeReader in = new LeReader(data, fileName);
        int n = in.i32("album count");
        List<Record> records = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int at = in.position();
            in.need(RECORD_SIZE, "album record");
            int serverId = in.i32("server id");
            int albumId = in.i32("album id");
            if (!ids.add(albumId)) {
                throw in.error(at + 4, "duplicate album id " + albumId);
            }
            byte[] name = in.bytes(64, "name");
            short price = in.i16("price");
            byte level = (byte) in.u8("level");
            byte ranked = (byte) in.u8("ranked");
            int unused = in.i32("unused");
            int[] music = new int[Album.MAX_ENTRIES];
            int[] difficulty = new int[Album.MAX_ENTRIES];
            for (int k = 0; k < Album.MAX_ENTRIES; k++) {
                music[k] = in.i32("music id");
                difficulty[k] = in.i32("difficulty");
            }
            records.add(new Record(serverId, albumId, name, price, level, ranked, unused, music, difficulty));
        }
        return new AlbumListFile(records);
    }

    /** @return the file's bytes */
    public byte[] toBytes() {
        LeWriter out = new LeWriter().i32(records.size());
        for (Record r : records) {
            out.i32(r.serverId)
                    .i32(r.albumId)
                    .bytes(r.name)
                    .i16(r.price)
                    .u8(r.level)
                    .u8(r.ranked)
                    .i32(r.unused);
            for (int k = 0; k < Album.MAX_ENTRIES; k++) {
                out.i32(r.musicIds[k]).i32(r.difficulties[k]);
            }
        }
        return out.toByteArray();
    }

    /**
     * Writes the file.
     *
     * @param path target
     * @throws IOException when writing fails
     */
    public void write(Path path) throws IOException {
        Files.write(path, toBytes());
    }

    /** @return the albums, skipping slots with music id 0 */
    public AlbumCatalogue toCatalogue() {
        List<Album> albums = new ArrayList<>();
        for (Record r : records) {
            List<Album.Entry> entries = new ArrayList<>();
            for (int k = 0; k < Album.MAX_ENTRIES; k++) {
                if (r.musicIds[k] != 0) {
                    entries.add(new Album.Entry(r.musicIds[k], r.difficulties[k]));
                }
            }
            albums.add(new Album(
                    r.serverId,
                    r.albumId,
                    KoreanText.decodeNulTerminated(r.name),
                    r.price,
                    r.level & 0xFF,
                    r.ranked != 0,
                    entries));
        }
        return AlbumCatalogue.of(albums);
    }

    /**
     * One 160-byte album record, field by field.
     *
     * @param serverId     server id
     * @param albumId      album id
     * @param name         64 raw name bytes
     * @param price        price
     * @param level        level byte
     * @param ranked       ranked byte (≠ 0 = true)
     * @param unused       the padding int32
     * @param musicIds     10 music ids (0 = empty slot)
     * @param difficulties 10 difficulty codes
     */
    public record Record(
            int serverId,
            int albumId,
            byte[] name,
            short price,
            byte level,
            byte ranked,
            int unused,
            int[] musicIds,
            int[] difficulties) {

        /**
         * Checks the array sizes and copies them.
         */
        public Record {
            if (name.length != 64 || musicIds.length != Album.MAX_ENTRIES || difficulties.length != Album.MAX_ENTRIES) {
                throw new IllegalArgumentException("album record needs a 64-byte name and 10 slots");
            }
            name = name.clone();
            musicIds = musicIds.clone();
            difficulties = difficulties.clone();
        }

        @Override
        public byte[] name() {
            return name.clone();
        }

        @Override
        public int[] musicIds() {
            return musicIds.clone();
        }

        @Override
        public int[] difficulties() {
            return difficulties.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Record r
                    && serverId == r.serverId
                    && albumId == r.albumId
                    && Arrays.equals(name, r.name)
                    && price == r.price
                    && level == r.level
                    && ranked == r.ranked
                    && unused == r.unused
                    && Arrays.equals(musicIds, r.musicIds)
                    && Arrays.equals(difficulties, r.difficulties);
        }

        @Override
        public int hashCode() {
            return 31 * albumId + Arrays.hashCode(name);
        }

        @Override
        public String toString() {
            return "AlbumRecord[serverId=" + serverId + ", albumId=" + albumId + ", name="
                    + KoreanText.decodeNulTerminated(name) + ", price=" + price + ", level=" + level + ", ranked="
                    + ranked + ", unused=" + unused + ", music=" + Arrays.toString(musicIds) + ", difficulty="
                    + Arrays.toString(difficulties) + "]";
        }
    }
}
