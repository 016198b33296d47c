-- Reference EF migration 20260211061710_CreateAttributiveItem (spec 06 §1.5, Appendix A) with the
-- MySQL types of spec 06 §1.2 (utf8mb4 tables, as the reference's Pomelo provider creates them); idempotent so that
-- a database created by the reference server can be adopted: every table (with its indexes, declared
-- inline because MySQL has no CREATE INDEX IF NOT EXISTS) is created only if missing and the EF history
-- row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS `t_o2jam_char_attr_item` (
    `INDEX_ID` int AUTO_INCREMENT NOT NULL,
    `USER_INDEX_ID` int NOT NULL,
    `ITEM_INDEX_ID` int NOT NULL,
    `USED_COUNT` int NOT NULL,
    `OLD_USED_COUNT` int NOT NULL DEFAULT 0,
    `REG_DATE` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY `IX_t_o2jam_char_attr_item_USER_INDEX_ID` (`USER_INDEX_ID`),
    PRIMARY KEY (`INDEX_ID`),
    CONSTRAINT `FK_t_o2jam_char_attr_item_t_o2jam_charinfo_USER_INDEX_ID` FOREIGN KEY (`USER_INDEX_ID`) REFERENCES `t_o2jam_charinfo` (`USER_INDEX_ID`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
INSERT IGNORE INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20260211061710_CreateAttributiveItem', '10.0.2');
