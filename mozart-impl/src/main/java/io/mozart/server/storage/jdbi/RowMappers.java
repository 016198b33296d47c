package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.GiftType;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/**
 * The row mappers of every record the DAOs return, registered on the {@code Jdbi} and used by
 * {@link LoginQueries} as they are. Columns are read by position; DateTime
 * columns through the {@link Dialect}, {@code bool} columns with {@code getBoolean} (SQLite: INTEGER 0/1).
 */
final class RowMappers {

    private RowMappers() {}

    static void register(Jdbi jdbi, Dialect d) {
        jdbi.registerRowMapper(Member.class, (rs, ctx) -> member(rs, d));
        jdbi.registerRowMapper(LoginSession.class, (rs, ctx) -> loginSession(rs, d));
        jdbi.registerRowMapper(UserProfile.class, (rs, ctx) -> profile(rs));
        jdbi.registerRowMapper(Wallet.class, (rs, ctx) -> wallet(rs));
        jdbi.registerRowMapper(AttributiveItem.class, (rs, ctx) -> attributiveItem(rs, d));
        jdbi.registerRowMapper(Penalty.class, (rs, ctx) -> penalty(rs));
        jdbi.registerRowMapper(GiftItem.class, (rs, ctx) -> giftItem(rs, d));
        jdbi.registerRowMapper(GiftMusic.class, (rs, ctx) -> giftMusic(rs, d));
        jdbi.registerRowMapper(GiftMessage.class, (rs, ctx) -> giftMessage(rs, d));
        jdbi.registerRowMapper(ScoreRecord.class, (rs, ctx) -> score(rs));
        jdbi.registerRowMapper(RankingEntry.class, (rs, ctx) -> rankingEntry(rs, d));
        jdbi.registerRowMapper(int[].class, (rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2)});
    }

    static Member member(ResultSet rs, Dialect d) throws SQLException {
        return new Member(
                rs.getLong(1),
                rs.getString(2),
                rs.getBytes(3),
                d.readInstant(rs, 4),
                new Passes(rs.getInt(5), SqlDateTime.orNull(d.readInstant(rs, 6))));
    }

    static LoginSession loginSession(ResultSet rs, Dialect d) throws SQLException {
        return new LoginSession(
                rs.getInt(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                d.readInstant(rs, 8));
    }

    static UserProfile profile(ResultSet rs) throws SQLException {
        return new UserProfile(
                rs.getInt(1),
                rs.getString(2).strip(),
                rs.getString(3).strip(),
                rs.getBoolean(4) ? Gender.MALE : Gender.FEMALE,
                rs.getInt(11) != 0,
                new Progress(rs.getInt(5), rs.getInt(10), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
    }

    static Wallet wallet(ResultSet rs) throws SQLException {
        return new Wallet(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
    }

    static AttributiveItem attributiveItem(ResultSet rs, Dialect d) throws SQLException {
        return new AttributiveItem(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), d.readInstant(rs, 5));
    }

    static Penalty penalty(ResultSet rs) throws SQLException {
        return new Penalty(rs.getInt(1), rs.getInt(2));
    }

    static GiftItem giftItem(ResultSet rs, Dialect d) throws SQLException {
        return new GiftItem(
                rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), d.readInstant(rs, 6));
    }

    static GiftMusic giftMusic(ResultSet rs, Dialect d) throws SQLException {
        return new GiftMusic(
                rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), d.readInstant(rs, 6));
    }

    static GiftMessage giftMessage(ResultSet rs, Dialect d) throws SQLException {
        final String flag = rs.getString(10);
        return new GiftMessage(
                rs.getInt(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                GiftType.ofFlag(flag == null || flag.isEmpty() ? '0' : flag.charAt(0)),
                d.readInstant(rs, 11));
    }

    static ScoreRecord score(ResultSet rs) throws SQLException {
        return new ScoreRecord(rs.getInt(1), rs.getInt(2), rs.getLong(3) & 0xFFFF_FFFFL, rs.getInt(4));
    }

    static RankingEntry rankingEntry(ResultSet rs, Dialect d) throws SQLException {
        return new RankingEntry(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                new Progress(rs.getInt(5), rs.getInt(10), rs.getInt(6), rs.getInt(7), rs.getInt(9), rs.getInt(8)),
                rs.getInt(11),
                rs.getInt(12),
                rs.getInt(13),
                d.readInstant(rs, 14));
    }
}
