-- Reference EF migration 20260406104544_CreateUserMessage (spec 06 §1.5, Appendix A) with the
-- MySQL types of spec 06 §1.2 (utf8mb4 tables, as the reference's Pomelo provider creates them); idempotent so that
-- a database created by the reference server can be adopted: every table (with its indexes, declared
-- inline because MySQL has no CREATE INDEX IF NOT EXISTS) is created only if missing and the EF history
-- row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS `t_o2jam_message` (
    `Seq` int AUTO_INCREMENT NOT NULL,
    `SenderID` varchar(50) NOT NULL,
    `SenderIndexID` int NOT NULL,
    `SenderNickName` varchar(50) NOT NULL,
    `ReceiverID` varchar(50) NOT NULL,
    `ReceiverIndexID` int NOT NULL,
    `ReceiverNickName` varchar(50) NOT NULL,
    `Title` varchar(40) NOT NULL,
    `Content` varchar(400) NOT NULL,
    `WriteDate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    `ReadDate` datetime(6) NULL,
    `ReadFlag` char(1) NOT NULL DEFAULT '0',
    `TypeFlag` char(1) NOT NULL,
    KEY `IX_t_o2jam_message_ReceiverIndexID` (`ReceiverIndexID`),
    PRIMARY KEY (`Seq`),
    CONSTRAINT `FK_t_o2jam_message_t_o2jam_charinfo_ReceiverIndexID` FOREIGN KEY (`ReceiverIndexID`) REFERENCES `t_o2jam_charinfo` (`USER_INDEX_ID`) ON DELETE CASCADE
) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
INSERT IGNORE INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20260406104544_CreateUserMessage', '10.0.2');
