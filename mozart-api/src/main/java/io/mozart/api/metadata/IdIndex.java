package io.mozart.api.metadata;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** An immutable list with a lookup by id; backs the {@code of(...)} catalogues. */
final class IdIndex<T> {

    private final List<T> all;
    private final Map<Integer, T> byId;

    IdIndex(Collection<T> entries, ToIntFunction<T> id) {
        this.all = List.copyOf(entries);
        Map<Integer, T> map = new HashMap<>(Math.max(16, all.size() * 2));
        for (T entry : all) {
            if (map.putIfAbsent(id.applyAsInt(entry), entry) != null) {
                throw new IllegalArgumentException("duplicate id " + id.applyAsInt(entry));
            }
        }
        this.byId = map;
    }

    Optional<T> find(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<T> all() {
        return all;
    }
}
