-- Reference EF migration 20260416125834_CreateUserMusicRanking (spec 06 §1.5, Appendix A) with the
-- PostgreSQL types of spec 06 §1.2, as the reference's Npgsql provider creates them; idempotent so that
-- a database created by the reference server can be adopted: every object is created only if missing and
-- the EF history row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS "t_o2jam_user_music_ranking" (
    "USER_INDEX_ID" integer NOT NULL,
    "MUSIC_INDEX_ID" integer NOT NULL,
    "DIFFICULTY" smallint NOT NULL,
    "USER_SCORE" bigint NOT NULL,
    "FLAG" smallint NOT NULL,
    CONSTRAINT "PK_t_o2jam_user_music_ranking" PRIMARY KEY ("USER_INDEX_ID", "MUSIC_INDEX_ID", "DIFFICULTY"),
    CONSTRAINT "FK_t_o2jam_user_music_ranking_t_o2jam_charinfo_USER_INDEX_ID" FOREIGN KEY ("USER_INDEX_ID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID") ON DELETE CASCADE
);
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20260416125834_CreateUserMusicRanking', '10.0.2')
ON CONFLICT ("MigrationId") DO NOTHING;
