package io.mozart.server.metadata;

import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MusicCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one catalogue from one file, all or nothing: a missing file gives the empty catalogue and one
 * log line; a corrupt or truncated file throws {@link MetadataFormatException} (file and offset).
 * Music lists use spec 06 §3.2, album lists §3.3, item data always the Nx layout.
 */
public final class MetadataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataLoader.class);

    private MetadataLoader() {}

    /**
     * @param path OJNList.dat
     * @return the songs, empty when the file is missing
     * @throws IOException             when the file exists but cannot be read
     * @throws MetadataFormatException when it is corrupt
     */
    public static MusicCatalogue music(Path path) throws IOException {
        byte[] data = readOrNull(path, "music list");
        return data == null
                ? MusicCatalogue.empty()
                : OjnListFile.parse(data, path.toString()).toCatalogue();
    }

    /**
     * @param path Itemdata.dat (Nx layout)
     * @return the items, empty when the file is missing
     * @throws IOException             when the file exists but cannot be read
     * @throws MetadataFormatException when it is corrupt
     */
    public static ItemCatalogue items(Path path) throws IOException {
        byte[] data = readOrNull(path, "item data");
        return data == null
                ? ItemCatalogue.empty()
                : ItemDataFile.parse(data, path.toString(), ItemLayout.NX).toCatalogue();
    }

    /**
     * @param path AlbumList.ojs
     * @return the albums, empty when the file is missing
     * @throws IOException             when the file exists but cannot be read
     * @throws MetadataFormatException when it is corrupt
     */
    public static AlbumCatalogue albums(Path path) throws IOException {
        byte[] data = readOrNull(path, "album list");
        return data == null
                ? AlbumCatalogue.empty()
                : AlbumListFile.parse(data, path.toString()).toCatalogue();
    }

    private static byte[] readOrNull(Path path, String what) throws IOException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            LOG.warn("{} {} not found; using an empty catalogue", what, path.toAbsolutePath());
            return null;
        }
    }
}
