-- Reference EF migration 20260211062300_CreateGiftItem (spec 06 §1.5, Appendix A), idempotent so that a database
-- created by the reference server can be adopted: every object is created only if missing and
-- the EF history row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS "t_o2jam_gift_item" (
    "Seq" INTEGER NOT NULL CONSTRAINT "PK_t_o2jam_gift_item" PRIMARY KEY AUTOINCREMENT,
    "User_Index_ID" INTEGER NOT NULL,
    "ItemID" INTEGER NOT NULL,
    "Sender_Index_ID" INTEGER NOT NULL,
    "SenderNickname" TEXT NOT NULL,
    "SendDate" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    CONSTRAINT "FK_t_o2jam_gift_item_t_o2jam_charinfo_User_Index_ID" FOREIGN KEY ("User_Index_ID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_gift_item_User_Index_ID" ON "t_o2jam_gift_item" ("User_Index_ID");
INSERT OR IGNORE INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20260211062300_CreateGiftItem', '10.0.2');
