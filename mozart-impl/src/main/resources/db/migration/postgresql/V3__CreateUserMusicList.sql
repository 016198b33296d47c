-- Reference EF migration 20260211061230_CreateUserMusicList (spec 06 §1.5, Appendix A) with the
-- PostgreSQL types of spec 06 §1.2, as the reference's Npgsql provider creates them; idempotent so that
-- a database created by the reference server can be adopted: every object is created only if missing and
-- the EF history row is written so the reference does not try to re-create it.
CREATE TABLE IF NOT EXISTS "t_o2jam_musiclist" (
    "USER_INDEX_ID" integer NOT NULL,
    "MUSIC_ID" integer NOT NULL,
    CONSTRAINT "PK_t_o2jam_musiclist" PRIMARY KEY ("USER_INDEX_ID"),
    CONSTRAINT "FK_t_o2jam_musiclist_t_o2jam_charinfo_USER_INDEX_ID" FOREIGN KEY ("USER_INDEX_ID") REFERENCES "t_o2jam_charinfo" ("USER_INDEX_ID") ON DELETE CASCADE
);
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20260211061230_CreateUserMusicList', '10.0.2')
ON CONFLICT ("MigrationId") DO NOTHING;
