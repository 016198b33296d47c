-- Mozart's fixes on top of the reference schema (listed in docs/compatibility.md).
--
-- 1. t_o2jam_musiclist was keyed by USER_INDEX_ID alone, so a user could own one song only
--    (spec 06 §1.3, §1.11). Re-key it by (USER_INDEX_ID, MUSIC_ID); existing rows are kept.
CREATE TABLE "mozart_musiclist_new" (
    "USER_INDEX_ID" INTEGER NOT NULL,
    "MUSIC_ID" INTEGER NOT NULL,
    CONSTRAINT "PK_t_o2jam_musiclist" PRIMARY KEY ("USER_INDEX_ID", "MUSIC_ID"),
    CONSTRAINT "FK_t_o2jam_musiclist_t_o2jam_charinfo_USER_INDEX_ID" FOREIGN KEY ("USER_INDEX_ID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID") ON DELETE CASCADE
);
INSERT INTO "mozart_musiclist_new" ("USER_INDEX_ID", "MUSIC_ID")
SELECT "USER_INDEX_ID", "MUSIC_ID" FROM "t_o2jam_musiclist";
DROP TABLE "t_o2jam_musiclist";
ALTER TABLE "mozart_musiclist_new" RENAME TO "t_o2jam_musiclist";

-- 2. Name checks are case-insensitive exact comparisons (not LIKE); index the folded names so the
--    check is not a table scan. Login rows are looked up by token and by username on every login.
CREATE INDEX IF NOT EXISTS "IX_member_userid_lower" ON "member" (lower("userid"));
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_charinfo_USER_ID_lower" ON "t_o2jam_charinfo" (lower("USER_ID"));
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_charinfo_USER_NICKNAME_lower" ON "t_o2jam_charinfo" (lower("USER_NICKNAME"));
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_login_TUSER_ID" ON "t_o2jam_login" ("TUSER_ID");
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_login_USER_ID" ON "t_o2jam_login" ("USER_ID");

-- 3. Ranking swaps (ranking:upsert) no longer violate IX_t_o2jam_dumpranking_User_Index_ID: the
--    storage rewrites t_o2jam_dumpranking by delete-then-insert inside one transaction, so the
--    unique index stays as the reference defines it and needs no schema change.
