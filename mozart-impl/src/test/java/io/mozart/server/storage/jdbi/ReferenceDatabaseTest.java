package io.mozart.server.storage.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.GiftType;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.UserProfile;
import io.mozart.server.auth.AuthService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database laid out exactly as the reference creates it (Appendix A DDL, EF history, rows written
 * the way the reference writes them) is adopted by our storage and keeps working.
 */
class ReferenceDatabaseTest {

    /** Appendix B: PBKDF2("password", salt 00..0F). */
    private static final byte[] PASSWORD_HASH = HexFormat.of()
            .parseHex("000102030405060708090A0B0C0D0E0F"
                    + "EB6C81535592203C092B158F8D3909672362A6F5DBD00D9828044CBAA8B252E9");

    @TempDir
    Path dir;

    private void createReferenceDatabase(Path file) throws Exception {
        try (Connection c = SchemaInspector.open(file)) {
            SchemaInspector.run(c, SchemaInspector.appendixA());
            SchemaInspector.run(c, """
                    CREATE TABLE "__EFMigrationsHistory" (
                        "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
                        "ProductVersion" TEXT NOT NULL
                    );
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260211000000_InitialCreate', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260211060750_CreateUserRanking', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260211061230_CreateUserMusicList', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260211061710_CreateAttributiveItem', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260211062300_CreateGiftItem', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260211062750_CreateGiftMusic', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260406104544_CreateUserMessage', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260406153208_CreateUserPenalty', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory"
                        VALUES ('20260416040546_CreateUserRankingExtended', '10.0.2');
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20260416125834_CreateUserMusicRanking', '10.0.2');
                    INSERT INTO "t_o2jam_charinfo" ("USER_ID", "USER_NICKNAME", "Sex", "Level", "Battle", "Win",
                        "Lose", "Draw", "Experience", "AdminLevel")
                        VALUES ('olduser', 'Old Timer', 0, 7, 20, 10, 8, 2, 5000, 0);
                    INSERT INTO "t_o2jam_charcash" VALUES (1, 150, 3, 4, 0, 0, 20);
                    INSERT INTO "t_o2jam_penalty" VALUES (1, 1, 5);
                    INSERT INTO "t_o2jam_dumpranking" ("User_Index_ID") VALUES (1);
                    INSERT INTO "t_o2jam_user_ranking" ("User_Index_ID", "User_ID", "User_NickName", "Sex", "Level",
                        "Battle", "Win", "Draw", "Lose", "Experience", "ChangeType", "ChangeRanking")
                        VALUES (1, '', '', 0, 0, 0, 0, 0, 0, 0, 0, 0);
                    INSERT INTO "t_o2jam_musiclist" VALUES (1, 1001);
                    INSERT INTO "t_o2jam_char_attr_item" ("USER_INDEX_ID", "ITEM_INDEX_ID", "USED_COUNT", "REG_DATE")
                        VALUES (1, 700, 3, '2026-02-11 06:07:50.1234567');
                    INSERT INTO "t_o2jam_message" ("SenderID", "SenderIndexID", "SenderNickName", "ReceiverID",
                        "ReceiverIndexID", "ReceiverNickName", "Title", "Content", "TypeFlag")
                        VALUES ('gm', 0, 'GM', 'olduser', 1, 'Old Timer', 'Welcome', 'Have a gift', '1');
                    INSERT INTO "t_o2jam_message" ("SenderID", "SenderIndexID", "SenderNickName", "ReceiverID",
                        "ReceiverIndexID", "ReceiverNickName", "Title", "Content", "ReadFlag", "TypeFlag")
                        VALUES ('gm', 0, 'GM', 'olduser', 1, 'Old Timer', 'Old', 'Read already', '1', '0');
                    INSERT INTO "t_o2jam_user_music_ranking" VALUES (1, 1001, 2, 3000000000, 1);
                    INSERT INTO "t_o2jam_login" VALUES (1, '127.0.0.1', 0, 0, 'olduser',
                        'A1B2C3D4E5F60718293A4B5C6D7E8F90', '192.168.0.5', '2026-02-11 06:07:50.1234567');
                    """);
            final StringBuilder cols = new StringBuilder("\"USER_INDEX_ID\"");
            final StringBuilder vals = new StringBuilder("1");
            for (int i = 1; i <= 16; i++) {
                cols.append(", \"Equip").append(i).append('"');
                vals.append(i == 12 ? ", 36" : ", 0");
            }
            for (int i = 1; i <= 30; i++) {
                cols.append(", \"Bag").append(i).append('"');
                vals.append(i == 1 ? ", 700" : ", 0");
            }
            SchemaInspector.run(c, "INSERT INTO \"t_o2jam_item\" (" + cols + ") VALUES (" + vals + ")");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO \"member\" (\"userid\", \"passwd\", \"vip\","
                    + " \"vipdate\") VALUES ('olduser', ?, 4100, '2099-12-31 23:59:59')")) {
                p.setBytes(1, PASSWORD_HASH);
                p.executeUpdate();
            }
        }
    }

    @Test
    void adoptsReferenceDatabase() throws Exception {
        final Path file = dir.resolve("O2JAM.db");
        createReferenceDatabase(file);
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
            storage.migrate();
            final AuthService auth =
                    new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), scheduler, null);

            // the reference's login row and PBKDF2 hash are honoured
            assertEquals("A1B2C3D4E5F60718293A4B5C6D7E8F90", auth.authenticate("olduser", "password", "1.1.1.1"));
            final var session =
                    auth.authorize("A1B2C3D4E5F60718293A4B5C6D7E8F90").orElseThrow();
            assertEquals(Instant.parse("2026-02-11T06:07:50.1234567Z"), session.loginTime());

            final UserGraph g = storage.loadUser(1).orElseThrow();
            assertEquals("Old Timer", g.profile().nickname());
            assertEquals(Gender.FEMALE, g.profile().gender());
            assertEquals(7, g.profile().progress().level());
            assertEquals(2, g.profile().progress().draw());
            assertEquals(8, g.profile().progress().lose());
            assertEquals(150, g.wallet().gem());
            assertEquals(20, g.wallet().cashPoint());
            assertEquals(36, g.loadout().equipped(11));
            assertEquals(700, g.loadout().bagSlot(0));
            assertEquals(3, g.countOf(700));
            assertEquals(5, g.penalty().count());
            assertEquals(List.of(1001), g.acquiredMusic());
            assertEquals(1, g.unreadMessages().size());
            assertEquals(GiftType.MUSIC, g.unreadMessages().get(0).type());
            assertEquals(3_000_000_000L, g.scores().get(0).score());
            final Passes passes = g.passes();
            assertEquals(4, passes.activeFreePassType(Instant.now()));
            assertTrue(passes.starterPassActive(Instant.now()));

            // the fixed music table takes a second song
            assertTrue(storage.music().add(1, 1002));
            assertEquals(List.of(1001, 1002), storage.music().list(1));

            // new registrations continue the reference's sequences
            final UserProfile fresh = auth.register("newbie", "pw", Gender.MALE, false);
            assertEquals(2, fresh.id());
            assertEquals(2, storage.rankings().dumpRanking().get(2));
            assertNull(storage.members()
                    .findByUsername("newbie")
                    .orElseThrow()
                    .passes()
                    .expiry());
            storage.migrate(); // nothing left to do
        } finally {
            scheduler.shutdownNow();
        }
        try (Connection c = SchemaInspector.open(file)) {
            assertEquals(
                    List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                    SchemaInspector.column(
                            c, "SELECT \"version\" FROM flyway_schema_history ORDER BY \"installed_rank\""));
            assertEquals(List.of("10"), SchemaInspector.column(c, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
            // rows written by Mozart stay readable for the reference: its date text and "no date" value
            assertEquals(
                    List.of("0001-01-01 00:00:00"),
                    SchemaInspector.column(c, "SELECT \"vipdate\" FROM \"member\" WHERE \"userid\" = 'newbie'"));
            final String login = SchemaInspector.column(
                            c, "SELECT \"LOGIN_TIME\" FROM \"t_o2jam_login\" WHERE \"USER_INDEX_ID\" = 1")
                    .get(0);
            assertEquals("2026-02-11 06:07:50.1234567", login);
        }
    }

    @Test
    void dateTextMatchesReferenceFormat() {
        assertEquals("2026-02-11 06:07:50.1234567", SqlDateTime.format(Instant.parse("2026-02-11T06:07:50.1234567Z")));
        assertEquals("2026-02-11 06:07:50.5", SqlDateTime.format(Instant.parse("2026-02-11T06:07:50.500Z")));
        assertEquals("2026-02-11 06:07:50", SqlDateTime.format(Instant.parse("2026-02-11T06:07:50Z")));
        assertEquals("0001-01-01 00:00:00", SqlDateTime.formatOrMin(null));
        assertNull(SqlDateTime.parseOrNull("0001-01-01 00:00:00"));
        assertEquals(Instant.parse("2026-02-11T06:07:50Z"), SqlDateTime.parse("2026-02-11 06:07:50"));
    }
}
