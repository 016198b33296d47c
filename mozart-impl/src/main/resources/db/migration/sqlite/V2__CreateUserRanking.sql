-- Reference EF migration 20260211060750_CreateUserRanking (spec 06 §1.5, Appendix A), idempotent so that a database
-- created by the reference server can be adopted: every object is created only if missing and
-- the EF history row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS "t_o2jam_dumpranking" (
    "Ranking" INTEGER NOT NULL CONSTRAINT "PK_t_o2jam_dumpranking" PRIMARY KEY AUTOINCREMENT,
    "User_Index_ID" INTEGER NOT NULL,
    CONSTRAINT "FK_t_o2jam_dumpranking_t_o2jam_charinfo_User_Index_ID" FOREIGN KEY ("User_Index_ID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IX_t_o2jam_dumpranking_User_Index_ID" ON "t_o2jam_dumpranking" ("User_Index_ID");
INSERT OR IGNORE INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20260211060750_CreateUserRanking', '10.0.2');
