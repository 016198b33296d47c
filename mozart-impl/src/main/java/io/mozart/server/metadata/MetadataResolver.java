package io.mozart.server.metadata;

import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.MusicCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime metadata of every channel (spec 06 §3.6).
 *
 * <ul>
 * <li>A channel uses its own path for a file when configured, else the global one.</li>
 * <li>On every access the file's existence is checked first; a missing file gives the empty
 * catalogue.</li>
 * <li>The first successful parse of a file is cached and not reloaded when the file changes, until
 * {@link #reload()} (the window's song import calls it).
 * A failed parse is not cached: it is retried once the file's size or modification time changes.</li>
 * <li>Nothing ever throws: missing, unreadable or malformed files give empty catalogues and a warning
 * (logged once per path and state, not on every lookup).</li>
 * </ul>
 *
 * <p>Differences from the reference, on purpose: the cache is keyed by file path rather than by channel
 * id (channels sharing a file share one parse, and always see the same content); a failed parse is not
 * repeated (nor re-logged) while the file is unchanged.
 */
public final class MetadataResolver implements MetadataProvider {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataResolver.class);

    private final MetadataPaths global;
    private final Map<Integer, MetadataPaths> channels;
    private final Map<Path, Object> parsed = new ConcurrentHashMap<>();
    private final Map<Path, String> failed = new ConcurrentHashMap<>();
    private final Set<Path> reportedMissing = ConcurrentHashMap.newKeySet();

    /**
     * @param global   the global {@code Metadata:*} paths
     * @param channels per-channel overrides by channel id (blank components inherit the global path)
     */
    public MetadataResolver(MetadataPaths global, Map<Integer, MetadataPaths> channels) {
        this.global = global;
        this.channels = Map.copyOf(channels);
    }

    /**
     * @param channelId a channel id
     * @return the paths that channel uses
     */
    public MetadataPaths pathsOf(int channelId) {
        return channels.getOrDefault(channelId, MetadataPaths.NONE).orElse(global);
    }

    @Override
    public MusicCatalogue music(int channelId) {
        return load(
                pathsOf(channelId).musicList(),
                "music list",
                MusicCatalogue.empty(),
                p -> OjnListFile.parse(read(p), p.toString()).toCatalogue());
    }

    @Override
    public ItemCatalogue items(int channelId) {
        return load(
                pathsOf(channelId).itemData(),
                "item data",
                ItemCatalogue.empty(),
                p -> ItemDataFile.parse(read(p), p.toString(), ItemLayout.NX).toCatalogue());
    }

    @Override
    public AlbumCatalogue albums(int channelId) {
        return load(
                pathsOf(channelId).albumList(),
                "album list",
                AlbumCatalogue.empty(),
                p -> AlbumListFile.parse(read(p), p.toString()).toCatalogue());
    }

    /**
     * Loads the three files of each channel now (start-up in Full and Channel modes); problems are
     * logged as warnings.
     *
     * @param channelIds the channels
     */
    public void loadAll(Collection<Integer> channelIds) {
        for (int id : channelIds) {
            int songs = music(id).size();
            int items = items(id).size();
            int albums = albums(id).size();
            LOG.info("channel {} metadata: {} songs, {} items, {} albums", id, songs, items, albums);
        }
    }

    /**
     * Forgets every cached parse and failure, so the next lookup of each channel reads its files again; lookups
     * running meanwhile see the old or the new catalogue, never a mix within one file.
     */
    public void reload() {
        parsed.clear();
        failed.clear();
        reportedMissing.clear();
    }

    private <T> T load(Optional<Path> configured, String what, T empty, Function<Path, T> parser) {
        if (configured.isEmpty()) {
            return empty;
        }
        Path path = configured.get().toAbsolutePath().normalize();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            if (reportedMissing.add(path)) {
                LOG.warn("{} {} not found; using an empty catalogue", what, path);
            }
            return empty;
        }
        reportedMissing.remove(path);
        Object cached = parsed.get(path);
        if (cached != null) {
            @SuppressWarnings("unchecked")
            T result = (T) cached;
            return result;
        }
        String stamp = attrs.size() + "@" + attrs.lastModifiedTime().toMillis();
        if (stamp.equals(failed.get(path))) {
            return empty;
        }
        try {
            T result = parser.apply(path);
            Object winner = parsed.putIfAbsent(path, result);
            failed.remove(path);
            @SuppressWarnings("unchecked")
            T first = winner == null ? result : (T) winner;
            return first;
        } catch (MetadataFormatException | UncheckedIOException e) {
            failed.put(path, stamp);
            LOG.warn("{} unusable, using an empty catalogue: {}", what, e.getMessage());
            return empty;
        } catch (RuntimeException e) {
            failed.put(path, stamp);
            LOG.warn("{} {} could not be loaded, using an empty catalogue", what, path, e);
            return empty;
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
