package io.mozart.server.storage.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A freshly migrated database against spec 06 Appendix A: every table, column (name, type,
 * not-null, default, primary key), index, foreign key and the stored CREATE text.
 */
class SchemaTest {

    private static final List<String> EF_IDS = List.of(
            "20260211000000_InitialCreate",
            "20260211060750_CreateUserRanking",
            "20260211061230_CreateUserMusicList",
            "20260211061710_CreateAttributiveItem",
            "20260211062300_CreateGiftItem",
            "20260211062750_CreateGiftMusic",
            "20260406104544_CreateUserMessage",
            "20260406153208_CreateUserPenalty",
            "20260416040546_CreateUserRankingExtended",
            "20260416125834_CreateUserMusicRanking");

    @TempDir
    Path dir;

    private Map<String, String> reference() throws Exception {
        try (Connection c = SchemaInspector.open(dir.resolve("reference.db"))) {
            SchemaInspector.run(c, SchemaInspector.appendixA());
            return SchemaInspector.describe(c);
        }
    }

    @Test
    void referenceMigrationsCreateExactlyAppendixA() throws Exception {
        final Path file = dir.resolve("ours.db");
        try (JdbiStorage s = JdbiStorage.sqlite(file)) {
            s.migrateTo("10");
        }
        final Map<String, String> expected = reference();
        assertEquals(23, expected.size(), "14 tables and 9 indexes in Appendix A");
        try (Connection c = SchemaInspector.open(file)) {
            final Map<String, String> actual = SchemaInspector.describe(c);
            assertEquals(expected.keySet(), actual.keySet());
            for (final String name : expected.keySet()) {
                assertEquals(expected.get(name), actual.get(name), name);
            }
            assertEquals(
                    EF_IDS,
                    SchemaInspector.column(c, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1"));
            assertEquals(
                    List.of("10.0.2"),
                    SchemaInspector.column(c, "SELECT DISTINCT \"ProductVersion\" FROM \"__EFMigrationsHistory\""));
        }
    }

    @Test
    void mozartFixesChangeOnlyWhatTheyDocument() throws Exception {
        final Path file = dir.resolve("ours.db");
        try (JdbiStorage s = JdbiStorage.sqlite(file)) {
            s.migrate();
            s.migrate(); // idempotent: nothing pending
        }
        final Map<String, String> expected = new TreeMap<>(reference());
        try (Connection c = SchemaInspector.open(file)) {
            final Map<String, String> actual = SchemaInspector.describe(c);
            final List<String> added = List.of(
                    "IX_member_userid_lower",
                    "IX_t_o2jam_charinfo_USER_ID_lower",
                    "IX_t_o2jam_charinfo_USER_NICKNAME_lower",
                    "IX_t_o2jam_login_TUSER_ID",
                    "IX_t_o2jam_login_USER_ID");
            for (final String name : actual.keySet()) {
                if (added.contains(name) || name.equals("t_o2jam_musiclist")) {
                    continue;
                }
                String described = actual.get(name);
                for (final String index : added) {
                    described = described.replace("  index_list: name=" + index + " unique=0 origin=c partial=0\n", "");
                }
                assertEquals(expected.get(name), described, name);
            }
            for (final String name : added) {
                assertTrue(actual.containsKey(name), name);
            }
            final String music = actual.get("t_o2jam_musiclist");
            assertTrue(
                    music.contains("CONSTRAINT \"PK_t_o2jam_musiclist\" PRIMARY KEY (\"USER_INDEX_ID\", \"MUSIC_ID\")"),
                    music);
            assertTrue(music.contains("table_info: name=USER_INDEX_ID type=INTEGER notnull=1 dflt_value=null pk=1"));
            assertTrue(music.contains("table_info: name=MUSIC_ID type=INTEGER notnull=1 dflt_value=null pk=2"));
            assertTrue(music.contains("on_delete=CASCADE"));
            assertEquals(
                    List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                    SchemaInspector.column(
                            c,
                            "SELECT \"version\" FROM flyway_schema_history"
                                    + " WHERE \"success\" = 1 ORDER BY \"installed_rank\""));
        }
    }

    @Test
    void sqliteConnectionsUseWalAndForeignKeys() throws Exception {
        final Path file = dir.resolve("ours.db");
        try (JdbiStorage s = JdbiStorage.sqlite(file)) {
            s.migrate();
        }
        try (Connection c = SchemaInspector.open(file)) {
            assertEquals(List.of("wal"), SchemaInspector.column(c, "PRAGMA journal_mode"));
        }
    }
}
