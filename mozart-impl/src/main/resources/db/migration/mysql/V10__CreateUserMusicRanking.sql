-- Reference EF migration 20260416125834_CreateUserMusicRanking (spec 06 §1.5, Appendix A) with the
-- MySQL types of spec 06 §1.2 (utf8mb4 tables, as the reference's Pomelo provider creates them); idempotent so that
-- a database created by the reference server can be adopted: every table (with its indexes, declared
-- inline because MySQL has no CREATE INDEX IF NOT EXISTS) is created only if missing and the EF history
-- row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS `t_o2jam_user_music_ranking` (
    `USER_INDEX_ID` int NOT NULL,
    `MUSIC_INDEX_ID` int NOT NULL,
    `DIFFICULTY` tinyint unsigned NOT NULL,
    `USER_SCORE` int unsigned NOT NULL,
    `FLAG` tinyint unsigned NOT NULL,
    PRIMARY KEY (`USER_INDEX_ID`, `MUSIC_INDEX_ID`, `DIFFICULTY`),
    CONSTRAINT `FK_t_o2jam_user_music_ranking_t_o2jam_charinfo_USER_INDEX_ID` FOREIGN KEY (`USER_INDEX_ID`) REFERENCES `t_o2jam_charinfo` (`USER_INDEX_ID`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
INSERT IGNORE INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20260416125834_CreateUserMusicRanking', '10.0.2');
