-- Reference EF migration 20260416040546_CreateUserRankingExtended (spec 06 §1.5, Appendix A), idempotent so that a database
-- created by the reference server can be adopted: every object is created only if missing and
-- the EF history row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS "t_o2jam_user_ranking" (
    "Seq" INTEGER NOT NULL CONSTRAINT "PK_t_o2jam_user_ranking" PRIMARY KEY AUTOINCREMENT,
    "User_Index_ID" INTEGER NOT NULL,
    "User_ID" TEXT NOT NULL,
    "User_NickName" TEXT NOT NULL,
    "Sex" INTEGER NOT NULL,
    "Level" INTEGER NOT NULL,
    "Battle" INTEGER NOT NULL,
    "Win" INTEGER NOT NULL,
    "Draw" INTEGER NOT NULL,
    "Lose" INTEGER NOT NULL,
    "Experience" INTEGER NOT NULL,
    "WriteDate" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    "Ranking" INTEGER NOT NULL DEFAULT 0,
    "ChangeType" INTEGER NOT NULL,
    "ChangeRanking" INTEGER NOT NULL,
    CONSTRAINT "FK_t_o2jam_user_ranking_t_o2jam_charinfo_User_Index_ID" FOREIGN KEY ("User_Index_ID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID")
);
CREATE UNIQUE INDEX IF NOT EXISTS "IX_t_o2jam_user_ranking_User_Index_ID" ON "t_o2jam_user_ranking" ("User_Index_ID");
INSERT OR IGNORE INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20260416040546_CreateUserRankingExtended', '10.0.2');
