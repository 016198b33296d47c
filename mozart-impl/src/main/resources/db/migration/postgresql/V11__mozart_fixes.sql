-- Mozart's fixes on top of the reference schema (listed in docs/compatibility.md); the same logical
-- changes as sqlite/V11__mozart_fixes.sql.
--
-- 1. t_o2jam_musiclist was keyed by USER_INDEX_ID alone, so a user could own one song only
--    (spec 06 §1.3, §1.11). Re-key it by (USER_INDEX_ID, MUSIC_ID); existing rows are kept.
ALTER TABLE "t_o2jam_musiclist" DROP CONSTRAINT "PK_t_o2jam_musiclist";
ALTER TABLE "t_o2jam_musiclist" ADD CONSTRAINT "PK_t_o2jam_musiclist" PRIMARY KEY ("USER_INDEX_ID", "MUSIC_ID");

-- 2. Name checks are case-insensitive exact comparisons (not LIKE); index the folded names so the
--    check is not a table scan. Login rows are looked up by token and by username on every login.
--    Folding is ASCII-only as in SQLite: lower() under the "C" collation lowers A-Z and nothing else
--    (the storage's queries use the same expression, see Dialect.POSTGRESQL).
CREATE INDEX IF NOT EXISTS "IX_member_userid_lower" ON "member" (lower("userid" COLLATE "C"));
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_charinfo_USER_ID_lower" ON "t_o2jam_charinfo" (lower("USER_ID" COLLATE "C"));
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_charinfo_USER_NICKNAME_lower"
    ON "t_o2jam_charinfo" (lower("USER_NICKNAME" COLLATE "C"));
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_login_TUSER_ID" ON "t_o2jam_login" ("TUSER_ID");
CREATE INDEX IF NOT EXISTS "IX_t_o2jam_login_USER_ID" ON "t_o2jam_login" ("USER_ID");

-- 3. Ranking swaps (ranking:upsert) no longer violate IX_t_o2jam_dumpranking_User_Index_ID: the
--    storage rewrites t_o2jam_dumpranking by delete-then-insert inside one transaction, so the
--    unique index stays as the reference defines it and needs no schema change.
