package io.mozart.launcher.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@code Db:Url} into a {@link JdbcTarget}. A value starting with {@code jdbc:} is used as it is (a
 * relative {@code jdbc:sqlite:} file is resolved against the working directory). Anything else is read as the
 * reference's ADO.NET connection string, {@code key=value} pairs separated by {@code ;}:
 * <ul>
 *   <li>Sqlite: {@code Data Source} (or {@code DataSource}, {@code Filename}) is the file;
 *       {@code :memory:} is an in-memory database;</li>
 *   <li>Postgres: {@code Host}/{@code Server}, {@code Port} (5432), {@code Database},
 *       {@code Username}/{@code User Id}/{@code User}, {@code Password}, {@code Search Path} (the schema, as
 *       the JDBC {@code currentSchema} parameter);</li>
 *   <li>MySql: {@code Server}/{@code Host}, {@code Port} (3306), {@code Database},
 *       {@code Uid}/{@code User Id}/{@code User}/{@code Username}, {@code Pwd}/{@code Password}.</li>
 * </ul>
 * Other connection-string options are ignored with a warning.
 */
final class ConnectionStrings {

    private static final String KEY = "Db:Url";
    private static final Set<String> SQLITE_FILE = Set.of("data source", "datasource", "filename");
    private static final Set<String> HOST = Set.of("host", "server", "data source", "datasource", "address");
    private static final Set<String> DATABASE = Set.of("database", "initial catalog", "db");
    private static final Set<String> USER = Set.of("username", "user name", "user id", "userid", "user", "uid");
    private static final Set<String> PASSWORD = Set.of("password", "pwd");
    private static final String SEARCH_PATH = "search path";

    private ConnectionStrings() {}

    static JdbcTarget toJdbc(
            DatabaseDriver driver, RawConfig.Entry entry, Path workingDirectory, List<ConfigWarning> warnings) {
        final String url = entry.value().strip();
        if (url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            if (!url.regionMatches(
                    true, 0, driver.jdbcPrefix(), 0, driver.jdbcPrefix().length())) {
                throw fail(
                        entry,
                        "is a JDBC URL for another driver; Db:Driver=" + driver.configName()
                                + " needs a URL starting with " + driver.jdbcPrefix());
            }
            if (driver == DatabaseDriver.SQLITE) {
                final String file = url.substring(driver.jdbcPrefix().length());
                if (!file.isEmpty() && !file.startsWith(":") && !file.regionMatches(true, 0, "file:", 0, 5)) {
                    return new JdbcTarget(
                            driver.jdbcPrefix() + resolve(entry, workingDirectory, file),
                            Optional.empty(),
                            Optional.empty());
                }
            }
            return new JdbcTarget(url, Optional.empty(), Optional.empty());
        }
        final Map<String, String> pairs = parse(entry);
        return switch (driver) {
            case SQLITE -> sqlite(entry, pairs, workingDirectory, warnings);
            case POSTGRES -> server(entry, pairs, "jdbc:postgresql://", 5432, warnings);
            case MYSQL -> server(entry, pairs, "jdbc:mysql://", 3306, warnings);
            case MEMORY -> throw new IllegalArgumentException("Memory has no JDBC target");
        };
    }

    private static JdbcTarget sqlite(
            RawConfig.Entry entry, Map<String, String> pairs, Path workingDirectory, List<ConfigWarning> warnings) {
        String file = null;
        for (final Map.Entry<String, String> pair : pairs.entrySet()) {
            if (SQLITE_FILE.contains(pair.getKey())) {
                file = pair.getValue();
            } else {
                ignored(entry, pair.getKey(), warnings);
            }
        }
        if (file == null || file.isEmpty()) {
            throw fail(entry, "names no SQLite file; write Data Source=<file> or jdbc:sqlite:<file>");
        }
        if (file.equals(":memory:")) {
            return new JdbcTarget("jdbc:sqlite::memory:", Optional.empty(), Optional.empty());
        }
        return new JdbcTarget(
                "jdbc:sqlite:" + resolve(entry, workingDirectory, file), Optional.empty(), Optional.empty());
    }

    private static JdbcTarget server(
            RawConfig.Entry entry,
            Map<String, String> pairs,
            String prefix,
            int defaultPort,
            List<ConfigWarning> warnings) {
        String host = null;
        String database = null;
        String user = null;
        String password = null;
        String schema = null;
        int port = defaultPort;
        for (final Map.Entry<String, String> pair : pairs.entrySet()) {
            final String name = pair.getKey();
            final String value = pair.getValue();
            if (HOST.contains(name)) {
                host = value;
            } else if (DATABASE.contains(name)) {
                database = value;
            } else if (USER.contains(name)) {
                user = value;
            } else if (PASSWORD.contains(name)) {
                password = value;
            } else if (name.equals(SEARCH_PATH) && prefix.startsWith("jdbc:postgresql:")) {
                schema = value;
            } else if (name.equals("port")) {
                try {
                    port = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 1 || port > 65535) {
                    throw fail(entry, "has Port=" + value + ", which is not a port number (1..65535)");
                }
            } else {
                ignored(entry, name, warnings);
            }
        }
        if (host == null || host.isEmpty()) {
            throw fail(entry, "names no server; write Host=<server>;Database=<name>;... or a jdbc: URL");
        }
        if (database == null || database.isEmpty()) {
            throw fail(entry, "names no database; write Database=<name> or use a jdbc: URL");
        }
        final String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        final String url = prefix + hostPart + ":" + port + "/" + encode(database)
                + (schema == null || schema.isEmpty() ? "" : "?currentSchema=" + encode(schema));
        return new JdbcTarget(url, Optional.ofNullable(user), Optional.ofNullable(password));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Splits {@code a=b; c = 'd'} into lower-case keys (inner spaces kept single) and unquoted values. */
    private static Map<String, String> parse(RawConfig.Entry entry) {
        final Map<String, String> pairs = new LinkedHashMap<>();
        final String text = entry.value();
        int i = 0;
        while (i < text.length()) {
            final int equals = text.indexOf('=', i);
            final int semicolon = text.indexOf(';', i);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
                final String rest = (semicolon < 0 ? text.substring(i) : text.substring(i, semicolon)).strip();
                if (!rest.isEmpty()) {
                    throw fail(entry, "has '" + rest + "' where a key=value pair was expected");
                }
                i = semicolon < 0 ? text.length() : semicolon + 1;
                continue;
            }
            final String name =
                    text.substring(i, equals).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            int j = equals + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            final String value;
            if (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
                final char quote = text.charAt(j);
                final int close = text.indexOf(quote, j + 1);
                if (close < 0) {
                    throw fail(entry, "has an unclosed quote in the value of '" + name + "'");
                }
                value = text.substring(j + 1, close);
                final int next = text.indexOf(';', close);
                i = next < 0 ? text.length() : next + 1;
            } else {
                final int end = text.indexOf(';', j);
                value = (end < 0 ? text.substring(j) : text.substring(j, end)).strip();
                i = end < 0 ? text.length() : end + 1;
            }
            if (name.isEmpty()) {
                throw fail(entry, "has a value without a key");
            }
            pairs.put(name, value);
        }
        return pairs;
    }

    private static Path resolve(RawConfig.Entry entry, Path workingDirectory, String file) {
        try {
            return workingDirectory.resolve(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw fail(entry, "names the file '" + file + "', which is not a valid path");
        }
    }

    private static void ignored(RawConfig.Entry entry, String name, List<ConfigWarning> warnings) {
        warnings.add(new ConfigWarning(
                KEY,
                KEY + " (" + entry.origin() + "): the connection-string option '" + name
                        + "' is not used by Mozart and is ignored"));
    }

    private static ConfigException fail(RawConfig.Entry entry, String reason) {
        return new ConfigException(KEY, KEY + " = '" + entry.value() + "' (" + entry.origin() + ") " + reason);
    }
}
