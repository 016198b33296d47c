-- Reference EF migration 20260211061710_CreateAttributiveItem (spec 06 §1.5, Appendix A), idempotent so that a database
-- created by the reference server can be adopted: every object is created only if missing and
-- the EF history row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS "t_o2jam_char_attr_item" (
    "INDEX_ID" INTEGER NOT NULL CONSTRAINT "PK_t_o2jam_char_attr_item" PRIMARY KEY AUTOINCREMENT,
    "USER_INDEX_ID" INTEGER NOT NULL,
    "ITEM_INDEX_ID" INTEGER NOT NULL,
    "USED_COUNT" INTEGER NOT NULL,
    "OLD_USED_COUNT" INTEGER NOT NULL DEFAULT 0,
    "REG_DATE" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    CONSTRAINT "FK_t_o2jam_char_attr_item_t_o2jam_charinfo_USER_INDEX_ID" FOREIGN KEY ("USER_INDEX_ID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_char_attr_item_USER_INDEX_ID" ON "t_o2jam_char_attr_item" ("USER_INDEX_ID");
INSERT OR IGNORE INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20260211061710_CreateAttributiveItem', '10.0.2');
