-- Reference EF migration 20260406104544_CreateUserMessage (spec 06 §1.5, Appendix A), idempotent so that a database
-- created by the reference server can be adopted: every object is created only if missing and
-- the EF history row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS "t_o2jam_message" (
    "Seq" INTEGER NOT NULL CONSTRAINT "PK_t_o2jam_message" PRIMARY KEY AUTOINCREMENT,
    "SenderID" TEXT NOT NULL,
    "SenderIndexID" INTEGER NOT NULL,
    "SenderNickName" TEXT NOT NULL,
    "ReceiverID" TEXT NOT NULL,
    "ReceiverIndexID" INTEGER NOT NULL,
    "ReceiverNickName" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "WriteDate" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    "ReadDate" TEXT NULL,
    "ReadFlag" char(1) NOT NULL DEFAULT '0',
    "TypeFlag" char(1) NOT NULL,
    CONSTRAINT "FK_t_o2jam_message_t_o2jam_charinfo_ReceiverIndexID" FOREIGN KEY ("ReceiverIndexID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_message_ReceiverIndexID" ON "t_o2jam_message" ("ReceiverIndexID");
INSERT OR IGNORE INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20260406104544_CreateUserMessage', '10.0.2');
