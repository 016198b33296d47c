-- Reference EF migration 20260211062750_CreateGiftMusic (spec 06 §1.5, Appendix A) with the
-- MySQL types of spec 06 §1.2 (utf8mb4 tables, as the reference's Pomelo provider creates them); idempotent so that
-- a database created by the reference server can be adopted: every table (with its indexes, declared
-- inline because MySQL has no CREATE INDEX IF NOT EXISTS) is created only if missing and the EF history
-- row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS `t_o2jam_gift_music` (
    `Seq` int AUTO_INCREMENT NOT NULL,
    `User_Index_ID` int NOT NULL,
    `Music_ID` int NOT NULL,
    `Sender_Index_ID` int NOT NULL,
    `SenderNickname` varchar(50) NOT NULL,
    `SendDate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY `IX_t_o2jam_gift_music_User_Index_ID` (`User_Index_ID`),
    PRIMARY KEY (`Seq`),
    CONSTRAINT `FK_t_o2jam_gift_music_t_o2jam_charinfo_User_Index_ID` FOREIGN KEY (`User_Index_ID`) REFERENCES `t_o2jam_charinfo` (`USER_INDEX_ID`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
INSERT IGNORE INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20260211062750_CreateGiftMusic', '10.0.2');
