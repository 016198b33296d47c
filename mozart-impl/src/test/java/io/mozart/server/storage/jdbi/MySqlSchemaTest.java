package io.mozart.server.storage.jdbi;

import static io.mozart.server.storage.jdbi.AppendixA.BOOLS;
import static io.mozart.server.storage.jdbi.AppendixA.CHARS;
import static io.mozart.server.storage.jdbi.AppendixA.DATES;
import static io.mozart.server.storage.jdbi.AppendixA.STRINGS;
import static io.mozart.server.storage.jdbi.AppendixA.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link ServerSchemaSuite} on MySQL or MariaDB: the MySQL column of the §1.2 type table (utf8mb4 tables), in a
 * fresh database. MySQL names every primary key PRIMARY, so only a key's columns are compared.
 */
class MySqlSchemaTest extends ServerSchemaSuite {

    /** §1.3 byte columns. */
    private static final Set<String> BYTES =
            Set.of("t_o2jam_user_music_ranking.DIFFICULTY", "t_o2jam_user_music_ranking.FLAG");

    @Override
    protected ServerTestDatabase openServer() {
        return MySqlTestDatabase.fromEnvironment();
    }

    @Override
    protected Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    protected String pkLine(String table, String name, String columns) {
        return "pk " + table + " (" + columns + ")";
    }

    @Override
    protected String columnType(String column, String sqliteType) {
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

    /** Appendix A's default in the form {@link #actualDefault} gives (DateTime defaults have six digits). */
    @Override
    protected String expectedDefault(String sqlite) {
        if (sqlite == null) {
            return null;
        }
        final String v = sqlite.replaceAll("^'(.*)'$", "$1");
        return v.equals("CURRENT_TIMESTAMP") ? "CURRENT_TIMESTAMP(6)" : v;
    }

    /** information_schema's default without MariaDB's quotes and its {@code NULL} text for "none". */
    private static String actualDefault(String dflt) {
        if (dflt == null || dflt.equals("NULL")) {
            return null;
        }
        final String v = dflt.replaceAll("^'(.*)'$", "$1");
        return v.equalsIgnoreCase("current_timestamp(6)") ? "CURRENT_TIMESTAMP(6)" : v;
    }

    @Override
    protected Set<String> describe(Connection c, String database) throws SQLException {
        final Set<String> out = new TreeSet<>();
        for (final List<String> r : rows(
                c,
                "SELECT table_name, ordinal_position, column_name, column_type,"
                        + " is_nullable, column_default, extra FROM information_schema.columns WHERE table_schema = ?",
                database)) {
            if (SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                continue;
            }
            // MariaDB and MySQL before 8.0.19 show display widths: int(11), tinyint(3) unsigned.
            final String type = r.get(3).equals("tinyint(1)")
                    ? r.get(3)
                    : r.get(3).replaceAll("^(tinyint|smallint|int|bigint)\\(\\d+\\)", "$1");
            out.add("column " + r.get(0) + " #" + r.get(1) + " " + r.get(2) + " " + type + " notnull="
                    + "NO".equals(r.get(4)) + " default=" + actualDefault(r.get(5)) + " identity="
                    + r.get(6).toLowerCase(Locale.ROOT).contains("auto_increment"));
        }
        for (final List<String> r : rows(
                c,
                "SELECT table_name, GROUP_CONCAT(column_name ORDER BY ordinal_position)"
                        + " FROM information_schema.key_column_usage WHERE table_schema = ?"
                        + " AND constraint_name = 'PRIMARY'"
                        + " GROUP BY table_name",
                database)) {
            if (!SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                out.add("pk " + r.get(0) + " (" + r.get(1) + ")");
            }
        }
        for (final List<String> r : rows(
                c,
                "SELECT rc.table_name, rc.constraint_name,"
                        + " GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position), rc.referenced_table_name,"
                        + " GROUP_CONCAT(k.referenced_column_name ORDER BY k.ordinal_position), rc.delete_rule"
                        + " FROM information_schema.referential_constraints rc"
                        + " JOIN information_schema.key_column_usage k"
                        + " ON k.constraint_schema = rc.constraint_schema AND k.constraint_name = rc.constraint_name"
                        + " AND k.table_name = rc.table_name WHERE rc.constraint_schema = ?"
                        + " GROUP BY rc.table_name, rc.constraint_name, rc.referenced_table_name, rc.delete_rule",
                database)) {
            out.add("fk " + r.get(0) + " " + r.get(1) + " (" + r.get(2) + ") -> " + r.get(3) + "(" + r.get(4)
                    + ") delete=" + (r.get(5).equals("CASCADE") ? "c" : "a"));
        }
        for (final List<String> r : rows(
                c,
                "SELECT table_name, index_name, MIN(non_unique),"
                        + " GROUP_CONCAT(column_name ORDER BY seq_in_index) FROM information_schema.statistics"
                        + " WHERE table_schema = ? AND index_name <> 'PRIMARY' GROUP BY table_name, index_name",
                database)) {
            if (!SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                out.add("index " + r.get(0) + " " + r.get(1) + " unique="
                        + r.get(2).equals("0") + " (" + r.get(3) + ")");
            }
        }
        return out;
    }

    @Override
    protected void checkReference(Connection c, String database) throws SQLException {
        assertEquals(
                List.of("utf8mb4_bin"),
                rows(
                                c,
                                "SELECT DISTINCT table_collation"
                                        + " FROM information_schema.tables WHERE table_schema = ?"
                                        + " AND table_name <> 'flyway_schema_history'",
                                database)
                        .stream()
                        .map(r -> r.get(0))
                        .toList(),
                "utf8mb4 tables, compared exactly as on SQLite");
    }

    @Override
    protected void addDocumentedFixes(Set<String> expected) {
        assertTrue(expected.remove("pk t_o2jam_musiclist (USER_INDEX_ID)"));
        expected.add("pk t_o2jam_musiclist (USER_INDEX_ID,MUSIC_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_TUSER_ID unique=false (TUSER_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_USER_ID unique=false (USER_ID)");
    }
}
