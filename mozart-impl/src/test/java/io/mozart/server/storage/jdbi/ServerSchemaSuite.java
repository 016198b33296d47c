package io.mozart.server.storage.jdbi;

import static io.mozart.server.storage.jdbi.AppendixA.EF_IDS;
import static io.mozart.server.storage.jdbi.AppendixA.FK;
import static io.mozart.server.storage.jdbi.AppendixA.INDEX;
import static io.mozart.server.storage.jdbi.AppendixA.PK_NAME;
import static io.mozart.server.storage.jdbi.AppendixA.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations of a database server against spec 06 Appendix A and that server's column of the §1.2 type
 * table: every table and column (order, type, nullability, default, identity), primary and foreign key and index
 * of the reference DDL exists with the same names, and V11 adds only what it documents. Appendix A is loaded into
 * SQLite and read back, so the expectation comes from the spec's DDL, not from the migrations under test. A
 * subclass names the server and how its catalogue reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerSchemaSuite {

    private ServerTestDatabase server;

    @TempDir
    Path dir;

    /** @return the server of the subclass, from the environment (skips or fails the test when missing) */
    protected abstract ServerTestDatabase openServer();

    /** @return the dialect the storage must detect */
    protected abstract Dialect dialect();

    /** Maps a column to the server's type by §1.2, checking Appendix A's SQLite type agrees. */
    protected abstract String columnType(String column, String sqliteType);

    /** @return Appendix A's default in the form {@link #describe} gives */
    protected String expectedDefault(String sqliteDefault) {
        return sqliteDefault;
    }

    /** @return the canonical line of a primary key */
    protected String pkLine(String table, String name, String columns) {
        return "pk " + table + " " + name + " (" + columns + ")";
    }

    /** A migrated namespace as lines: columns, primary and foreign keys, and indexes. */
    protected abstract Set<String> describe(Connection c, String namespace) throws SQLException;

    /** More checks of the reference schema (version 10) on this server. */
    protected void checkReference(Connection c, String namespace) throws SQLException {}

    /** Adds what V11 documents to the Appendix A lines. */
    protected abstract void addDocumentedFixes(Set<String> expected);

    /** More checks of the fully migrated schema on this server. */
    protected void checkFixes(Connection c, String namespace) throws SQLException {}

    @BeforeEach
    void connect() {
        if (server == null) {
            server = openServer();
        }
    }

    @AfterAll
    void dropNamespaces() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Appendix A in the canonical form of {@link #describe}. */
    private Set<String> describeAppendixA() throws Exception {
        final Set<String> out = new TreeSet<>();
        try (Connection c = SchemaInspector.open(dir.resolve("appendix-a.db"))) {
            SchemaInspector.run(c, SchemaInspector.appendixA());
            final List<String[]> objects = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            for (final String[] o : objects) {
                if (o[0].equals("index")) {
                    final Matcher m = INDEX.matcher(o[2]);
                    assertTrue(m.find(), o[2]);
                    out.add("index " + m.group(3) + " " + m.group(2) + " unique=" + (m.group(1) != null) + " ("
                            + m.group(4) + ")");
                    continue;
                }
                final String table = o[1];
                final Map<Integer, String> pk = new TreeMap<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                    while (rs.next()) {
                        final String name = rs.getString("name");
                        final String column = table + "." + name;
                        final boolean identity = o[2].contains("\"" + name + "\" INTEGER NOT NULL CONSTRAINT")
                                && o[2].contains("PRIMARY KEY AUTOINCREMENT");
                        out.add("column " + table + " #" + (rs.getInt("cid") + 1) + " " + name + " "
                                + columnType(column, rs.getString("type")) + " notnull="
                                + (rs.getInt("notnull") == 1) + " default="
                                + expectedDefault(rs.getString("dflt_value")) + " identity=" + identity);
                        if (rs.getInt("pk") > 0) {
                            pk.put(rs.getInt("pk"), name);
                        }
                    }
                }
                final Matcher pkName = PK_NAME.matcher(o[2]);
                assertTrue(pkName.find(), table);
                out.add(pkLine(table, pkName.group(1), String.join(",", pk.values())));
                final Matcher fk = FK.matcher(o[2]);
                while (fk.find()) {
                    out.add("fk " + table + " " + fk.group(1) + " (" + fk.group(2) + ") -> " + fk.group(3) + "("
                            + fk.group(4) + ") delete=" + (fk.group(5) != null ? "c" : "a"));
                }
            }
        }
        return out;
    }

    @Test
    void referenceMigrationsCreateAppendixAWithTheServersTypes() throws Exception {
        final String namespace = server.newNamespace();
        try (JdbiStorage s =
                JdbiStorage.open(server.urlFor(namespace), server.user(), server.password(), Clock.systemUTC())) {
            assertEquals(dialect(), s.dialect());
            s.migrateTo("10");
        }
        final Set<String> expected = describeAppendixA();
        assertEquals(
                14 + 9,
                expected.stream()
                        .filter(l -> l.startsWith("pk ") || l.startsWith("index "))
                        .count(),
                "14 tables (each with a primary key) and 9 indexes in Appendix A");
        try (Connection c = server.connect(namespace)) {
            assertEquals(lines(expected), lines(describe(c, namespace)));
            assertEquals(
                    EF_IDS,
                    SchemaInspector.column(c, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1"));
            assertEquals(
                    List.of("10.0.2"),
                    SchemaInspector.column(c, "SELECT DISTINCT \"ProductVersion\" FROM \"__EFMigrationsHistory\""));
            checkReference(c, namespace);
        }
    }

    @Test
    void mozartFixesChangeOnlyWhatTheyDocument() throws Exception {
        final String namespace = server.newNamespace();
        try (JdbiStorage s =
                JdbiStorage.open(server.urlFor(namespace), server.user(), server.password(), Clock.systemUTC())) {
            s.migrate();
            s.migrate(); // idempotent: nothing pending
        }
        final Set<String> expected = new TreeSet<>(describeAppendixA());
        addDocumentedFixes(expected);
        try (Connection c = server.connect(namespace)) {
            assertEquals(lines(expected), lines(describe(c, namespace)));
            checkFixes(c, namespace);
            assertEquals(
                    List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                    SchemaInspector.column(
                            c,
                            "SELECT \"version\" FROM flyway_schema_history"
                                    + " WHERE \"success\" ORDER BY \"installed_rank\""));
            assertEquals(
                    EF_IDS.size(),
                    SchemaInspector.column(c, "SELECT * FROM \"__EFMigrationsHistory\"")
                            .size());
        }
    }
}
