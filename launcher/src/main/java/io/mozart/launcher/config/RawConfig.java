package io.mozart.launcher.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One layer (or the merged stack) of flat configuration: {@code Section:Key} → raw string, with keys compared
 * case-insensitively (spec 06 §4.1). Each entry remembers the key as written and where it came from, so that
 * error messages can point at the file line or the command-line argument. Immutable.
 */
public final class RawConfig {

    /**
     * One key/value pair.
     *
     * @param key    the key as written (original case)
     * @param value  the raw value (INI values already trimmed and unquoted)
     * @param origin where it came from, for messages: {@code config.ini line 12}, {@code command line},
     *               {@code built-in default}
     */
    public record Entry(String key, String value, String origin) {

        /** Validates the fields. */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(origin, "origin");
        }
    }

    private static final RawConfig EMPTY = new RawConfig(Map.of());

    private final Map<String, Entry> entries;

    private RawConfig(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** @return a configuration with no keys */
    public static RawConfig empty() {
        return EMPTY;
    }

    /**
     * Builds a layer from plain pairs; later pairs override earlier ones.
     *
     * @param origin where all values came from
     * @param pairs  key, value, key, value, ...
     * @return the layer
     */
    public static RawConfig of(String origin, String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs must come as key, value");
        }
        final Builder builder = builder();
        for (int i = 0; i < pairs.length; i += 2) {
            builder.put(pairs[i], pairs[i + 1], origin);
        }
        return builder.build();
    }

    /** @return a builder in which a later {@code put} of the same key (any case) replaces the earlier one */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The lookup form of a key.
     *
     * @param key a key in any case
     * @return the key lower-cased in the root locale
     */
    static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a key up, ignoring case.
     *
     * @param key the key
     * @return its entry, if present
     */
    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(normalize(key)));
    }

    /**
     * Looks a value up, ignoring case.
     *
     * @param key the key
     * @return its raw value, if present
     */
    public Optional<String> value(String key) {
        return get(key).map(Entry::value);
    }

    /** @return every entry, in first-definition order */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** @return the pairs as a map from key (as written) to value, in first-definition order */
    public Map<String, String> asMap() {
        final Map<String, String> map = new LinkedHashMap<>();
        for (final Entry entry : entries.values()) {
            map.put(entry.key(), entry.value());
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return number of keys */
    public int size() {
        return entries.size();
    }

    /**
     * Layers another configuration on top of this one.
     *
     * @param upper the higher-precedence layer
     * @return a new configuration holding this one's keys, with {@code upper}'s values winning
     */
    public RawConfig overriddenBy(RawConfig upper) {
        if (upper.entries.isEmpty()) {
            return this;
        }
        final Builder builder = builder();
        for (final Entry entry : entries.values()) {
            builder.put(entry);
        }
        for (final Entry entry : upper.entries.values()) {
            builder.put(entry);
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawConfig raw && raw.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        final List<String> lines = new ArrayList<>();
        for (final Entry entry : entries.values()) {
            lines.add(entry.key() + "=" + entry.value());
        }
        return lines.toString();
    }

    /** Collects entries; a later key replaces an earlier one of the same name in any case. */
    public static final class Builder {

        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds or replaces a key.
         *
         * @param key    the key
         * @param value  the raw value
         * @param origin where it came from
         * @return this builder
         */
        public Builder put(String key, String value, String origin) {
            return put(new Entry(key, value, origin));
        }

        /**
         * Adds or replaces an entry.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder put(Entry entry) {
            entries.put(normalize(entry.key()), entry);
            return this;
        }

        /**
         * @param key a key in any case
         * @return whether the key was already put
         */
        public boolean contains(String key) {
            return entries.containsKey(normalize(key));
        }

        /** @return the immutable configuration */
        public RawConfig build() {
            return entries.isEmpty() ? EMPTY : new RawConfig(Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
        }
    }
}
