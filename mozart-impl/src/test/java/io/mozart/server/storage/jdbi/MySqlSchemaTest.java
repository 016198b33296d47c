package io.mozart.server.storage.jdbi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

import static io.mozart.server.storage.jdbi.AppendixA.BOOLS;
import static io.mozart.server.storage.jdbi.AppendixA.CHARS;
import static io.mozart.server.storage.jdbi.AppendixA.DATES;
import static io.mozart.server.storage.jdbi.AppendixA.EF_IDS;
import static io.mozart.server.storage.jdbi.AppendixA.FK;
import static io.mozart.server.storage.jdbi.AppendixA.INDEX;
import static io.mozart.server.storage.jdbi.AppendixA.PK_NAME;
import static io.mozart.server.storage.jdbi.AppendixA.STRINGS;
import static io.mozart.server.storage.jdbi.AppendixA.lines;
import static io.mozart.server.storage.jdbi.AppendixA.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MySQL migrations against spec 06 Appendix A and the MySQL column of the §1.2 type table (utf8mb4 tables):
 * every table and column (order, type, nullability, default, identity), primary key (columns: MySQL names
 * them all PRIMARY), foreign key (name, columns, delete rule) and index of the reference DDL exists with the
 * same names, and V11 adds only what it documents. Appendix A is loaded into SQLite and read back, so the
 * expectation comes from the spec's DDL, not from the migrations under test.
 */
class MySqlSchemaTest {

    /** §1.3 byte columns. */
    private static final Set<String> BYTES = Set.of("t_o2jam_user_music_ranking.DIFFICULTY",
            "t_o2jam_user_music_ranking.FLAG");


    private static MySqlTestDatabase server;

    @TempDir
    Path dir;

    @BeforeEach
    void connect() {
        if (server == null) {
            server = MySqlTestDatabase.fromEnvironment();
        }
    }

    @AfterAll
    static void dropDatabases() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Maps a column to its MySQL type by §1.2, checking Appendix A's SQLite type agrees. */
    private static String mySqlType(final String column, final String sqliteType) {
        final String expected;
        final String name = column.substring(column.indexOf('.') + 1);
        if (STRINGS.containsKey(column)) {
            expected = STRINGS.get(column) < 0 ? "longtext" : "varchar(" + STRINGS.get(column) + ")";
            assertEquals("TEXT", sqliteType, column);
        } else if (DATES.contains(column)) {
            expected = "datetime(6)";
            assertEquals("TEXT", sqliteType, column);
        } else if (CHARS.contains(column)) {
            expected = "char(1)";
            assertEquals("char(1)", sqliteType, column);
        } else if (column.equals("member.passwd")) {
            expected = "longblob";
            assertEquals("BLOB", sqliteType, column);
        } else {
            assertEquals("INTEGER", sqliteType, column);
            if (BOOLS.contains(column)) {
                expected = "tinyint(1)";
            } else if (BYTES.contains(column)) {
                expected = "tinyint unsigned";
            } else if (column.equals("t_o2jam_user_music_ranking.USER_SCORE")) {
                expected = "int unsigned";
            } else if (column.equals("member.id")) {
                expected = "bigint";
            } else if (column.equals("member.vip")
                    || column.startsWith("t_o2jam_item.") && name.matches("(Equip|Bag)\\d+")) {
                expected = "smallint";
            } else {
                expected = "int";
            }
        }
        return expected;
    }

    /** Appendix A in the canonical form of {@link #describeMySql}. */
    private Set<String> describeAppendixA() throws Exception {
        final Set<String> out = new TreeSet<>();
        try (Connection c = SchemaInspector.open(dir.resolve("appendix-a.db"))) {
            SchemaInspector.run(c, SchemaInspector.appendixA());
            final List<String[]> objects = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            for (final String[] o : objects) {
                if (o[0].equals("index")) {
                    final Matcher m = INDEX.matcher(o[2]);
                    assertTrue(m.find(), o[2]);
                    out.add("index " + m.group(3) + " " + m.group(2) + " unique=" + (m.group(1) != null)
                            + " (" + m.group(4) + ")");
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
                                + mySqlType(column, rs.getString("type")) + " notnull="
                                + (rs.getInt("notnull") == 1) + " default="
                                + expectedDefault(rs.getString("dflt_value"))
                                + " identity=" + identity);
                        if (rs.getInt("pk") > 0) {
                            pk.put(rs.getInt("pk"), name);
                        }
                    }
                }
                final Matcher pkName = PK_NAME.matcher(o[2]);
                assertTrue(pkName.find(), table);
                // MySQL names every primary key PRIMARY: only the columns can be compared.
                out.add("pk " + table + " (" + String.join(",", pk.values()) + ")");
                final Matcher fk = FK.matcher(o[2]);
                while (fk.find()) {
                    out.add("fk " + table + " " + fk.group(1) + " (" + fk.group(2) + ") -> " + fk.group(3) + "("
                            + fk.group(4) + ") delete=" + (fk.group(5) != null ? "c" : "a"));
                }
            }
        }
        return out;
    }

    /** Appendix A's default in the form {@link #actualDefault} gives (DateTime defaults have six digits). */
    private static String expectedDefault(final String sqlite) {
        if (sqlite == null) {
            return null;
        }
        final String v = sqlite.replaceAll("^'(.*)'$", "$1");
        return v.equals("CURRENT_TIMESTAMP") ? "CURRENT_TIMESTAMP(6)" : v;
    }

    /** information_schema's default without MariaDB's quotes and its {@code NULL} text for "none". */
    private static String actualDefault(final String dflt) {
        if (dflt == null || dflt.equals("NULL")) {
            return null;
        }
        final String v = dflt.replaceAll("^'(.*)'$", "$1");
        return v.equalsIgnoreCase("current_timestamp(6)") ? "CURRENT_TIMESTAMP(6)" : v;
    }

    /** A migrated database as lines: columns, primary and foreign keys, and indexes. */
    private static Set<String> describeMySql(final Connection c, final String database) throws SQLException {
        final Set<String> out = new TreeSet<>();
        for (final List<String> r : rows(c, "SELECT table_name, ordinal_position, column_name, column_type,"
                + " is_nullable, column_default, extra FROM information_schema.columns WHERE table_schema = ?",
                database)) {
            if (SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                continue;
            }
            // MariaDB and MySQL before 8.0.19 show display widths: int(11), tinyint(3) unsigned.
            final String type = r.get(3).equals("tinyint(1)") ? r.get(3)
                    : r.get(3).replaceAll("^(tinyint|smallint|int|bigint)\\(\\d+\\)", "$1");
            out.add("column " + r.get(0) + " #" + r.get(1) + " " + r.get(2) + " " + type + " notnull="
                    + "NO".equals(r.get(4)) + " default=" + actualDefault(r.get(5)) + " identity="
                    + r.get(6).toLowerCase(java.util.Locale.ROOT).contains("auto_increment"));
        }
        for (final List<String> r : rows(c, "SELECT table_name, GROUP_CONCAT(column_name ORDER BY ordinal_position)"
                + " FROM information_schema.key_column_usage WHERE table_schema = ? AND constraint_name = 'PRIMARY'"
                + " GROUP BY table_name", database)) {
            if (!SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                out.add("pk " + r.get(0) + " (" + r.get(1) + ")");
            }
        }
        for (final List<String> r : rows(c, "SELECT rc.table_name, rc.constraint_name,"
                + " GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position), rc.referenced_table_name,"
                + " GROUP_CONCAT(k.referenced_column_name ORDER BY k.ordinal_position), rc.delete_rule"
                + " FROM information_schema.referential_constraints rc JOIN information_schema.key_column_usage k"
                + " ON k.constraint_schema = rc.constraint_schema AND k.constraint_name = rc.constraint_name"
                + " AND k.table_name = rc.table_name WHERE rc.constraint_schema = ?"
                + " GROUP BY rc.table_name, rc.constraint_name, rc.referenced_table_name, rc.delete_rule", database)) {
            out.add("fk " + r.get(0) + " " + r.get(1) + " (" + r.get(2) + ") -> " + r.get(3) + "(" + r.get(4)
                    + ") delete=" + (r.get(5).equals("CASCADE") ? "c" : "a"));
        }
        for (final List<String> r : rows(c, "SELECT table_name, index_name, MIN(non_unique),"
                + " GROUP_CONCAT(column_name ORDER BY seq_in_index) FROM information_schema.statistics"
                + " WHERE table_schema = ? AND index_name <> 'PRIMARY' GROUP BY table_name, index_name", database)) {
            if (!SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                out.add("index " + r.get(0) + " " + r.get(1) + " unique=" + r.get(2).equals("0") + " ("
                        + r.get(3) + ")");
            }
        }
        return out;
    }

    @Test
    void referenceMigrationsCreateAppendixAWithMySqlTypes() throws Exception {
        final String database = server.newDatabase();
        try (JdbiStorage s = JdbiStorage.open(server.urlFor(database), server.user(), server.password(),
                java.time.Clock.systemUTC())) {
            assertEquals(Dialect.MYSQL, s.dialect());
            s.migrateTo("10");
        }
        final Set<String> expected = describeAppendixA();
        assertEquals(14 + 9, expected.stream().filter(l -> l.startsWith("pk ") || l.startsWith("index ")).count(),
                "14 tables (each with a primary key) and 9 indexes in Appendix A");
        try (Connection c = server.connect(database)) {
            assertEquals(lines(expected), lines(describeMySql(c, database)));
            assertEquals(EF_IDS, SchemaInspector.column(c,
                    "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1"));
            assertEquals(List.of("10.0.2"), SchemaInspector.column(c,
                    "SELECT DISTINCT \"ProductVersion\" FROM \"__EFMigrationsHistory\""));
            assertEquals(List.of("utf8mb4_bin"), rows(c, "SELECT DISTINCT table_collation"
                    + " FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_name <> 'flyway_schema_history'", database).stream().map(r -> r.get(0)).toList(),
                    "utf8mb4 tables, compared exactly as on SQLite");
        }
    }

    @Test
    void mozartFixesChangeOnlyWhatTheyDocument() throws Exception {
        final String database = server.newDatabase();
        try (JdbiStorage s = JdbiStorage.open(server.urlFor(database), server.user(), server.password(),
                java.time.Clock.systemUTC())) {
            s.migrate();
            s.migrate(); // idempotent: nothing pending
        }
        final Set<String> expected = new TreeSet<>(describeAppendixA());
        assertTrue(expected.remove("pk t_o2jam_musiclist (USER_INDEX_ID)"));
        expected.add("pk t_o2jam_musiclist (USER_INDEX_ID,MUSIC_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_TUSER_ID unique=false (TUSER_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_USER_ID unique=false (USER_ID)");
        try (Connection c = server.connect(database)) {
            assertEquals(lines(expected), lines(describeMySql(c, database)));
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                    SchemaInspector.column(c, "SELECT \"version\" FROM flyway_schema_history"
                            + " WHERE \"success\" ORDER BY \"installed_rank\""));
            assertEquals(EF_IDS.size(), SchemaInspector.column(c, "SELECT * FROM \"__EFMigrationsHistory\"").size());
        }
    }
}
