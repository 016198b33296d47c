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
 * The PostgreSQL migrations against spec 06 Appendix A and the PostgreSQL column of the §1.2 type table:
 * every table and column (order, type, nullability, default, identity), primary and foreign key (name,
 * columns, delete rule) and index of the reference DDL exists with the same names, and V11 adds only
 * what it documents. Appendix A is loaded into SQLite and read back, so the expectation comes from the
 * spec's DDL, not from the migrations under test.
 */
class PostgresSchemaTest {

    /** §1.3 int16 and byte columns (both smallint on PostgreSQL); Equip and Bag columns are int16 too. */
    private static final Set<String> SMALL = Set.of("member.vip", "t_o2jam_user_music_ranking.DIFFICULTY",
            "t_o2jam_user_music_ranking.FLAG");
    /** §1.3 int64 and uint32 columns. */
    private static final Set<String> BIG = Set.of("member.id", "t_o2jam_user_music_ranking.USER_SCORE");


    private static PostgresTestDatabase database;

    @TempDir
    Path dir;

    @BeforeEach
    void connect() {
        if (database == null) {
            database = PostgresTestDatabase.fromEnvironment();
        }
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    /** Maps a column to its PostgreSQL type by §1.2, checking Appendix A's SQLite type agrees. */
    private static String postgresType(final String column, final String sqliteType) {
        final String expected;
        final String name = column.substring(column.indexOf('.') + 1);
        if (STRINGS.containsKey(column)) {
            expected = STRINGS.get(column) < 0 ? "text" : "character varying(" + STRINGS.get(column) + ")";
            assertEquals("TEXT", sqliteType, column);
        } else if (DATES.contains(column)) {
            expected = "timestamp with time zone";
            assertEquals("TEXT", sqliteType, column);
        } else if (CHARS.contains(column)) {
            expected = "character(1)";
            assertEquals("char(1)", sqliteType, column);
        } else if (column.equals("member.passwd")) {
            expected = "bytea";
            assertEquals("BLOB", sqliteType, column);
        } else {
            assertEquals("INTEGER", sqliteType, column);
            if (BOOLS.contains(column)) {
                expected = "boolean";
            } else if (BIG.contains(column)) {
                expected = "bigint";
            } else if (SMALL.contains(column)
                    || column.startsWith("t_o2jam_item.") && name.matches("(Equip|Bag)\\d+")) {
                expected = "smallint";
            } else {
                expected = "integer";
            }
        }
        return expected;
    }

    /** Appendix A in the canonical form of {@link #describePostgres}. */
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
                                + postgresType(column, rs.getString("type")) + " notnull="
                                + (rs.getInt("notnull") == 1) + " default=" + rs.getString("dflt_value")
                                + " identity=" + identity);
                        if (rs.getInt("pk") > 0) {
                            pk.put(rs.getInt("pk"), name);
                        }
                    }
                }
                final Matcher pkName = PK_NAME.matcher(o[2]);
                assertTrue(pkName.find(), table);
                out.add("pk " + table + " " + pkName.group(1) + " (" + String.join(",", pk.values()) + ")");
                final Matcher fk = FK.matcher(o[2]);
                while (fk.find()) {
                    out.add("fk " + table + " " + fk.group(1) + " (" + fk.group(2) + ") -> " + fk.group(3) + "("
                            + fk.group(4) + ") delete=" + (fk.group(5) != null ? "c" : "a"));
                }
            }
        }
        return out;
    }

    /** A migrated schema as lines: columns, primary and foreign keys, and indexes on plain columns. */
    private static Set<String> describePostgres(final Connection c, final String schema) throws SQLException {
        final Set<String> out = new TreeSet<>();
        for (final List<String> r : rows(c, "SELECT table_name, ordinal_position, column_name, data_type,"
                + " character_maximum_length, is_nullable, column_default, is_identity, identity_generation"
                + " FROM information_schema.columns WHERE table_schema = ?", schema)) {
            if (SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                continue;
            }
            final String type = r.get(4) == null ? r.get(3) : r.get(3) + "(" + r.get(4) + ")";
            final String dflt = r.get(6) == null ? null : r.get(6).replaceAll("::[a-z ]+$", "");
            final boolean identity = "YES".equals(r.get(7));
            if (identity) {
                assertEquals("BY DEFAULT", r.get(8), r.get(0) + "." + r.get(2));
            }
            out.add("column " + r.get(0) + " #" + r.get(1) + " " + r.get(2) + " " + type + " notnull="
                    + "NO".equals(r.get(5)) + " default=" + dflt + " identity=" + identity);
        }
        final String keyColumns = "(SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(%s) WITH ORDINALITY"
                + " k(att, n) JOIN pg_attribute a ON a.attrelid = %s AND a.attnum = k.att)";
        for (final List<String> r : rows(c, "SELECT t.relname, con.conname, con.contype, "
                + String.format(keyColumns, "con.conkey", "con.conrelid") + ", f.relname, "
                + String.format(keyColumns, "con.confkey", "con.confrelid") + ", con.confdeltype"
                + " FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid"
                + " JOIN pg_namespace ns ON ns.oid = t.relnamespace LEFT JOIN pg_class f ON f.oid = con.confrelid"
                + " WHERE ns.nspname = ? AND con.contype IN ('p', 'f')", schema)) {
            if (SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                continue;
            }
            if (r.get(2).equals("p")) {
                out.add("pk " + r.get(0) + " " + r.get(1) + " (" + r.get(3) + ")");
            } else {
                out.add("fk " + r.get(0) + " " + r.get(1) + " (" + r.get(3) + ") -> " + r.get(4) + "(" + r.get(5)
                        + ") delete=" + r.get(6));
            }
        }
        for (final List<String> r : rows(c, "SELECT t.relname, i.relname, x.indisunique, "
                + String.format(keyColumns, "x.indkey::int2[]", "x.indrelid")
                + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                + " JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                + " WHERE ns.nspname = ? AND NOT x.indisprimary", schema)) {
            if (!SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                out.add("index " + r.get(0) + " " + r.get(1) + " unique=" + r.get(2).equals("t") + " ("
                        + (r.get(3) == null ? "expression" : r.get(3)) + ")");
            }
        }
        return out;
    }

    @Test
    void referenceMigrationsCreateAppendixAWithPostgresTypes() throws Exception {
        final String schema = database.newSchema();
        try (JdbiStorage s = JdbiStorage.open(database.urlFor(schema), database.user(), database.password(),
                java.time.Clock.systemUTC())) {
            assertEquals(Dialect.POSTGRESQL, s.dialect());
            s.migrateTo("10");
        }
        final Set<String> expected = describeAppendixA();
        assertEquals(14 + 9, expected.stream().filter(l -> l.startsWith("pk ") || l.startsWith("index ")).count(),
                "14 tables (each with a primary key) and 9 indexes in Appendix A");
        try (Connection c = database.connect(schema)) {
            assertEquals(lines(expected), lines(describePostgres(c, schema)));
            assertEquals(EF_IDS, SchemaInspector.column(c,
                    "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1"));
            assertEquals(List.of("10.0.2"), SchemaInspector.column(c,
                    "SELECT DISTINCT \"ProductVersion\" FROM \"__EFMigrationsHistory\""));
        }
    }

    @Test
    void mozartFixesChangeOnlyWhatTheyDocument() throws Exception {
        final String schema = database.newSchema();
        try (JdbiStorage s = JdbiStorage.open(database.urlFor(schema), database.user(), database.password(),
                java.time.Clock.systemUTC())) {
            s.migrate();
            s.migrate(); // idempotent: nothing pending
        }
        final Set<String> expected = new TreeSet<>(describeAppendixA());
        assertTrue(expected.remove("pk t_o2jam_musiclist PK_t_o2jam_musiclist (USER_INDEX_ID)"));
        expected.add("pk t_o2jam_musiclist PK_t_o2jam_musiclist (USER_INDEX_ID,MUSIC_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_TUSER_ID unique=false (TUSER_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_USER_ID unique=false (USER_ID)");
        expected.add("index member IX_member_userid_lower unique=false (expression)");
        expected.add("index t_o2jam_charinfo IX_t_o2jam_charinfo_USER_ID_lower unique=false (expression)");
        expected.add("index t_o2jam_charinfo IX_t_o2jam_charinfo_USER_NICKNAME_lower unique=false (expression)");
        try (Connection c = database.connect(schema)) {
            assertEquals(lines(expected), lines(describePostgres(c, schema)));
            for (final String index : List.of("IX_member_userid_lower", "IX_t_o2jam_charinfo_USER_ID_lower",
                    "IX_t_o2jam_charinfo_USER_NICKNAME_lower")) {
                final String def = SchemaInspector.column(c, "SELECT indexdef FROM pg_indexes WHERE indexname = '"
                        + index + "' AND schemaname = '" + schema + "'").get(0);
                assertTrue(def.contains("lower((") && def.contains("COLLATE \"C\""), def);
            }
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                    SchemaInspector.column(c, "SELECT \"version\" FROM flyway_schema_history"
                            + " WHERE \"success\" ORDER BY \"installed_rank\""));
            assertEquals(EF_IDS.size(), SchemaInspector.column(c, "SELECT * FROM \"__EFMigrationsHistory\"").size());
        }
    }
}
