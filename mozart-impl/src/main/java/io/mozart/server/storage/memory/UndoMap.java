package io.mozart.server.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A sorted map whose mutations are recorded in an {@link UndoLog}. Values are never null. */
final class UndoMap<K extends Comparable<K>, V> {

    private final UndoLog log;
    private final TreeMap<K, V> map = new TreeMap<>();

    UndoMap(UndoLog log) {
        this.log = log;
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(map.get(key));
    }

    boolean containsKey(K key) {
        return map.containsKey(key);
    }

    void put(K key, V value) {
        final V previous = map.put(key, value);
        log.record(() -> restore(key, previous));
    }

    Optional<V> remove(K key) {
        final V previous = map.remove(key);
        if (previous != null) {
            log.record(() -> map.put(key, previous));
        }
        return Optional.ofNullable(previous);
    }

    List<V> values(Predicate<V> filter) {
        final List<V> out = new ArrayList<>();
        for (final V v : map.values()) {
            if (filter.test(v)) {
                out.add(v);
            }
        }
        return out;
    }

    Collection<Map.Entry<K, V>> entries() {
        return List.copyOf(map.entrySet());
    }

    private void restore(K key, V previous) {
        if (previous == null) {
            map.remove(key);
        } else {
            map.put(key, previous);
        }
    }
}
