package io.mozart.launcher.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Configuration from environment variables, as the reference reads them: {@code Section__Key} stands for
 * {@code Section:Key} ({@code Server__Port=15011}, {@code Gateway__Channels__0__Id=3}). Names match in any case.
 * Only variables whose first segment is a configuration section ({@code Server}, {@code Http}, {@code Db}, …)
 * are read, so that unrelated variables with a double underscore raise no "unknown key" warning; an unknown key
 * inside a known section is warned about like one in config.ini.
 */
public final class EnvironmentOverrides {

    /** Origin prefix recorded for every entry, followed by the variable's name. */
    public static final String ORIGIN = "environment variable ";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+?(?:__[A-Za-z0-9_]+?)+");

    private static final Set<String> SECTIONS = ConfigBinder.KEYS.stream()
            .map(k -> k.substring(0, k.indexOf(':')).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private EnvironmentOverrides() {}

    /**
     * Reads the configuration variables out of an environment.
     *
     * @param environment the variables ({@code System.getenv()} in production; tests pass their own map)
     * @return the {@code Section:Key} entries, in name order so the result does not depend on the map's order
     */
    public static RawConfig from(Map<String, String> environment) {
        RawConfig.Builder out = RawConfig.builder();
        for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
            String name = e.getKey();
            if (e.getValue() == null || !NAME.matcher(name).matches()) {
                continue;
            }
            String key = name.replace("__", ":");
            String section = key.substring(0, key.indexOf(':')).toLowerCase(Locale.ROOT);
            if (SECTIONS.contains(section) && !key.contains("::") && !key.endsWith(":")) {
                out.put(key, e.getValue(), ORIGIN + name);
            }
        }
        return out.build();
    }
}
