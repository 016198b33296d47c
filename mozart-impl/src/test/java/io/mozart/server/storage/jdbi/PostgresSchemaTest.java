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
import java.util.Set;
import java.util.TreeSet;

/** {@link ServerSchemaSuite} on PostgreSQL: the PostgreSQL column of the §1.2 type table, in a fresh schema. */
class PostgresSchemaTest extends ServerSchemaSuite {

    /** §1.3 int16 and byte columns (both smallint on PostgreSQL); Equip and Bag columns are int16 too. */
    private static final Set<String> SMALL =
            Set.of("member.vip", "t_o2jam_user_music_ranking.DIFFICULTY", "t_o2jam_user_music_ranking.FLAG");
    /** §1.3 int64 and uint32 columns. */
    private static final Set<String> BIG = Set.of("member.id", "t_o2jam_user_music_ranking.USER_SCORE");

    @Override
    protected ServerTestDatabase openServer() {
        return PostgresTestDatabase.fromEnvironment();
    }

    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    protected String columnType(String column, String sqliteType) {
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

    /** Indexes on expressions read as "(expression)". */
    @Override
    protected Set<String> describe(Connection c, String schema) throws SQLException {
        final Set<String> out = new TreeSet<>();
        for (final List<String> r : rows(
                c,
                "SELECT table_name, ordinal_position, column_name, data_type,"
                        + " character_maximum_length, is_nullable, column_default, is_identity, identity_generation"
                        + " FROM information_schema.columns WHERE table_schema = ?",
                schema)) {
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
        for (final List<String> r : rows(
                c,
                "SELECT t.relname, con.conname, con.contype, "
                        + String.format(keyColumns, "con.conkey", "con.conrelid") + ", f.relname, "
                        + String.format(keyColumns, "con.confkey", "con.confrelid") + ", con.confdeltype"
                        + " FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid"
                        + " JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                        + " LEFT JOIN pg_class f ON f.oid = con.confrelid"
                        + " WHERE ns.nspname = ? AND con.contype IN ('p', 'f')",
                schema)) {
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
        for (final List<String> r : rows(
                c,
                "SELECT t.relname, i.relname, x.indisunique, "
                        + String.format(keyColumns, "x.indkey::int2[]", "x.indrelid")
                        + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                        + " JOIN pg_class t ON t.oid = x.indrelid"
                        + " JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                        + " WHERE ns.nspname = ? AND NOT x.indisprimary",
                schema)) {
            if (!SchemaInspector.BOOKKEEPING.contains(r.get(0))) {
                out.add("index " + r.get(0) + " " + r.get(1) + " unique="
                        + r.get(2).equals("t") + " (" + (r.get(3) == null ? "expression" : r.get(3)) + ")");
            }
        }
        return out;
    }

    @Override
    protected void addDocumentedFixes(Set<String> expected) {
        assertTrue(expected.remove("pk t_o2jam_musiclist PK_t_o2jam_musiclist (USER_INDEX_ID)"));
        expected.add("pk t_o2jam_musiclist PK_t_o2jam_musiclist (USER_INDEX_ID,MUSIC_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_TUSER_ID unique=false (TUSER_ID)");
        expected.add("index t_o2jam_login IX_t_o2jam_login_USER_ID unique=false (USER_ID)");
        expected.add("index member IX_member_userid_lower unique=false (expression)");
        expected.add("index t_o2jam_charinfo IX_t_o2jam_charinfo_USER_ID_lower unique=false (expression)");
        expected.add("index t_o2jam_charinfo IX_t_o2jam_charinfo_USER_NICKNAME_lower unique=false (expression)");
    }

    @Override
    protected void checkFixes(Connection c, String schema) throws SQLException {
        for (final String index : List.of(
                "IX_member_userid_lower",
                "IX_t_o2jam_charinfo_USER_ID_lower",
                "IX_t_o2jam_charinfo_USER_NICKNAME_lower")) {
            final String def = SchemaInspector.column(
                            c,
                            "SELECT indexdef FROM pg_indexes WHERE indexname = '" + index + "' AND schemaname = '"
                                    + schema + "'")
                    .get(0);
            assertTrue(def.contains("lower((") && def.contains("COLLATE \"C\""), def);
        }
    }
}
