-- Reference EF migration 20260416040546_CreateUserRankingExtended (spec 06 §1.5, Appendix A) with the
-- MySQL types of spec 06 §1.2 (utf8mb4 tables, as the reference's Pomelo provider creates them); idempotent so that
-- a database created by the reference server can be adopted: every table (with its indexes, declared
-- inline because MySQL has no CREATE INDEX IF NOT EXISTS) is created only if missing and the EF history
-- row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS `t_o2jam_user_ranking` (
    `Seq` int AUTO_INCREMENT NOT NULL,
    `User_Index_ID` int NOT NULL,
    `User_ID` varchar(40) NOT NULL,
    `User_NickName` varchar(40) NOT NULL,
    `Sex` tinyint(1) NOT NULL,
    `Level` int NOT NULL,
    `Battle` int NOT NULL,
    `Win` int NOT NULL,
    `Draw` int NOT NULL,
    `Lose` int NOT NULL,
    `Experience` int NOT NULL,
    `WriteDate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    `Ranking` int NOT NULL DEFAULT 0,
    `ChangeType` int NOT NULL,
    `ChangeRanking` int NOT NULL,
    UNIQUE KEY `IX_t_o2jam_user_ranking_User_Index_ID` (`User_Index_ID`),
    PRIMARY KEY (`Seq`),
    CONSTRAINT `FK_t_o2jam_user_ranking_t_o2jam_charinfo_User_Index_ID` FOREIGN KEY (`User_Index_ID`) REFERENCES `t_o2jam_charinfo` (`USER_INDEX_ID`)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
INSERT IGNORE INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20260416040546_CreateUserRankingExtended', '10.0.2');
