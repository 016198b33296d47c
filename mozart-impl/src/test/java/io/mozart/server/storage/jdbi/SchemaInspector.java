package io.mozart.server.storage.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a SQLite file's schema through {@code sqlite_master} and the table pragmas. */
final class SchemaInspector {

    /** Tables that belong to migration bookkeeping, not to the data model. */
    static final List<String> BOOKKEEPING = List.of("__EFMigrationsHistory", "flyway_schema_history");

    private SchemaInspector() {}

    static Connection open(java.nio.file.Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static String appendixA() throws IOException {
        try (InputStream in = SchemaInspector.class.getResourceAsStream("/reference/appendix-a.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs a script of ';'-terminated statements (no ';' inside literals). */
    static void run(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (final String stmt : script.split(";")) {
                final String sql = stmt.lines()
                        .filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b)
                        .strip();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
        }
    }

    /**
     * @return object name → a description: the normalised CREATE text from sqlite_master, plus per
     *         table every column (name, type, not null, default, pk position), index and foreign key
     */
    static Map<String, String> describe(Connection c) throws SQLException {
        final Map<String, String> out = new TreeMap<>();
        final List<String[]> objects = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master"
                        + " WHERE name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        for (final String[] o : objects) {
            if (BOOKKEEPING.contains(o[2])) {
                continue;
            }
            final StringBuilder d = new StringBuilder(o[0])
                    .append(" on ")
                    .append(o[2])
                    .append('\n')
                    .append(o[3])
                    .append('\n');
            if (o[0].equals("table")) {
                pragma(c, "table_info(\"" + o[1] + "\")", d, "name", "type", "notnull", "dflt_value", "pk");
                pragma(c, "index_list(\"" + o[1] + "\")", d, "name", "unique", "origin", "partial");
                pragma(c, "foreign_key_list(\"" + o[1] + "\")", d, "table", "from", "to", "on_update", "on_delete");
            } else if (o[0].equals("index")) {
                pragma(c, "index_xinfo(\"" + o[1] + "\")", d, "seqno", "name", "key");
            }
            out.put(o[1], d.toString());
        }
        return out;
    }

    private static void pragma(Connection c, String pragma, StringBuilder d, String... columns) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                d.append("  ").append(pragma, 0, pragma.indexOf('(')).append(':');
                for (final String col : columns) {
                    d.append(' ').append(col).append('=').append(rs.getString(col));
                }
                d.append('\n');
            }
        }
    }

    static List<String> column(Connection c, String sql) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
