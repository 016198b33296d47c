-- Mozart's fixes on top of the reference schema (listed in docs/compatibility.md); the same logical
-- changes as sqlite/V11__mozart_fixes.sql.
--
-- 1. t_o2jam_musiclist was keyed by USER_INDEX_ID alone, so a user could own one song only
--    (spec 06 §1.3, §1.11). Re-key it by (USER_INDEX_ID, MUSIC_ID); existing rows are kept. One statement,
--    so the foreign key on USER_INDEX_ID always has an index that starts with it.
ALTER TABLE `t_o2jam_musiclist` DROP PRIMARY KEY, ADD PRIMARY KEY (`USER_INDEX_ID`, `MUSIC_ID`);

-- 2. Login rows are looked up by token and by username on every login. The folded-name indexes of the
--    other dialects have no equivalent here: MariaDB has no index on an expression, and the name checks
--    (lower(... COLLATE utf8mb4_bin), see Dialect.MYSQL) scan member / t_o2jam_charinfo.
CREATE INDEX `IX_t_o2jam_login_TUSER_ID` ON `t_o2jam_login` (`TUSER_ID`);
CREATE INDEX `IX_t_o2jam_login_USER_ID` ON `t_o2jam_login` (`USER_ID`);

-- 3. Ranking swaps (ranking:upsert) no longer violate IX_t_o2jam_dumpranking_User_Index_ID: the
--    storage rewrites t_o2jam_dumpranking by delete-then-insert inside one transaction, so the
--    unique index stays as the reference defines it and needs no schema change.
