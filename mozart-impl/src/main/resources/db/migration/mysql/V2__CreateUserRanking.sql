-- Reference EF migration 20260211060750_CreateUserRanking (spec 06 §1.5, Appendix A) with the
-- MySQL types of spec 06 §1.2 (utf8mb4 tables, as the reference's Pomelo provider creates them); idempotent so that
-- a database created by the reference server can be adopted: every table (with its indexes, declared
-- inline because MySQL has no CREATE INDEX IF NOT EXISTS) is created only if missing and the EF history
-- row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS `t_o2jam_dumpranking` (
    `Ranking` int AUTO_INCREMENT NOT NULL,
    `User_Index_ID` int NOT NULL,
    UNIQUE KEY `IX_t_o2jam_dumpranking_User_Index_ID` (`User_Index_ID`),
    PRIMARY KEY (`Ranking`),
    CONSTRAINT `FK_t_o2jam_dumpranking_t_o2jam_charinfo_User_Index_ID` FOREIGN KEY (`User_Index_ID`) REFERENCES `t_o2jam_charinfo` (`USER_INDEX_ID`)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
INSERT IGNORE INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20260211060750_CreateUserRanking', '10.0.2');
