package io.mozart.server.storage.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the PostgreSQL and MySQL schema tests share about the reference schema (spec 06 §1.3, Appendix A): the EF
 * migration ids, the column classes that decide each column's type, the patterns that read constraints and indexes
 * out of Appendix A's SQLite DDL, and two JDBC helpers.
 */
final class AppendixA {

    private AppendixA() {}

    /** The ids of the reference's ten EF migrations, in order (spec 06 §1.5). */
    static final List<String> EF_IDS = List.of(
            "20260211000000_InitialCreate",
            "20260211060750_CreateUserRanking",
            "20260211061230_CreateUserMusicList",
            "20260211061710_CreateAttributiveItem",
            "20260211062300_CreateGiftItem",
            "20260211062750_CreateGiftMusic",
            "20260406104544_CreateUserMessage",
            "20260406153208_CreateUserPenalty",
            "20260416040546_CreateUserRankingExtended",
            "20260416125834_CreateUserMusicRanking");

    /** §1.3 string(n) columns; -1 = unbounded. */
    static final Map<String, Integer> STRINGS = Map.ofEntries(
            Map.entry("member.userid", 50),
            Map.entry("t_o2jam_charinfo.USER_ID", 50),
            Map.entry("t_o2jam_charinfo.USER_NICKNAME", 50),
            Map.entry("t_o2jam_login.GATEWAY_ID", 20),
            Map.entry("t_o2jam_login.USER_ID", 20),
            Map.entry("t_o2jam_login.TUSER_ID", 50),
            Map.entry("t_o2jam_login.ADDR_IP", -1),
            Map.entry("t_o2jam_user_ranking.User_ID", 40),
            Map.entry("t_o2jam_user_ranking.User_NickName", 40),
            Map.entry("t_o2jam_gift_item.SenderNickname", 50),
            Map.entry("t_o2jam_gift_music.SenderNickname", 50),
            Map.entry("t_o2jam_message.SenderID", 50),
            Map.entry("t_o2jam_message.SenderNickName", 50),
            Map.entry("t_o2jam_message.ReceiverID", 50),
            Map.entry("t_o2jam_message.ReceiverNickName", 50),
            Map.entry("t_o2jam_message.Title", 40),
            Map.entry("t_o2jam_message.Content", 400));
    /** §1.3 DateTime columns. */
    static final Set<String> DATES = Set.of(
            "member.registdate",
            "member.vipdate",
            "t_o2jam_login.LOGIN_TIME",
            "t_o2jam_char_attr_item.REG_DATE",
            "t_o2jam_gift_item.SendDate",
            "t_o2jam_gift_music.SendDate",
            "t_o2jam_message.WriteDate",
            "t_o2jam_message.ReadDate",
            "t_o2jam_user_ranking.WriteDate");
    /** §1.3 bool columns. */
    static final Set<String> BOOLS = Set.of("t_o2jam_charinfo.Sex", "t_o2jam_user_ranking.Sex");
    /** §1.3 char(1) columns. */
    static final Set<String> CHARS = Set.of("t_o2jam_message.ReadFlag", "t_o2jam_message.TypeFlag");

    /** A foreign key in Appendix A's DDL: name, column, referenced table and column, cascade. */
    static final Pattern FK = Pattern.compile("CONSTRAINT \"(FK_\\w+)\" FOREIGN KEY \\(\"(\\w+)\"\\)"
            + " REFERENCES \"(\\w+)\" \\(\"(\\w+)\"\\)( ON DELETE CASCADE)?");
    /** A named primary key in Appendix A's DDL. */
    static final Pattern PK_NAME = Pattern.compile("CONSTRAINT \"(PK_\\w+)\"");
    /** A one-column index in Appendix A's DDL: unique, name, table, column. */
    static final Pattern INDEX =
            Pattern.compile("CREATE (UNIQUE )?INDEX \"(\\w+)\" ON \"(\\w+)\"" + " \\(\"(\\w+)\"\\)");

    /** @return every row of a one-parameter query, each column as text */
    static List<List<String>> rows(Connection c, String sql, String parameter) throws SQLException {
        final List<List<String>> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    final List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** @return the described schema, one item a line (for readable assertion messages) */
    static String lines(Set<String> described) {
        return String.join("\n", described);
    }
}
