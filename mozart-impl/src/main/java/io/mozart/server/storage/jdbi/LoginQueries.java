package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.server.storage.jdbi.Daos.AttributeDao;
import io.mozart.server.storage.jdbi.Daos.CharacterDao;
import io.mozart.server.storage.jdbi.Daos.GiftDao;
import io.mozart.server.storage.jdbi.Daos.LoginDao;
import io.mozart.server.storage.jdbi.Daos.MemberDao;
import io.mozart.server.storage.jdbi.Daos.MusicDao;
import io.mozart.server.storage.jdbi.Daos.PenaltyDao;
import io.mozart.server.storage.jdbi.Daos.RankingDao;
import io.mozart.server.storage.jdbi.Daos.ScoreDao;
import io.mozart.server.storage.jdbi.Daos.WalletDao;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The statements every login runs, in plain JDBC on the caller's connection: the login row by token (Authorize), the
 * user graph of spec 01 §5.2 (Authorize) and the login row's channel (ChannelLogin). The SQL is the DAOs' own (their
 * constants, named parameters made positional) and the rows go through the same {@link RowMappers}, so the results
 * are those of the repositories; what is left out is JDBI's SQL-object machinery, which built a proxy and a copy of
 * its configuration for every method of a DAO at each {@code attach} and cost more than the statements themselves.
 */
final class LoginQueries {

    private static final Pattern NAMED = Pattern.compile(":[A-Za-z]+");

    private static final String LOGIN_BY_TOKEN = positional(LoginDao.FIND_BY_TOKEN);
    private static final String UPDATE_CHANNEL = positional(LoginDao.UPDATE_CHANNEL);
    private static final String CHARACTER = positional(CharacterDao.FIND);
    private static final String MEMBER = positional(MemberDao.FIND_BY_USERNAME);
    private static final String WALLET = positional(WalletDao.FIND);
    private static final String INVENTORY = positional(InventorySql.SELECT);
    private static final String ATTRIBUTES = positional(AttributeDao.LIST);
    private static final String PENALTY = positional(PenaltyDao.FIND);
    private static final String RANKING = positional(RankingDao.FIND);
    private static final String MUSIC = positional(MusicDao.LIST);
    private static final String GIFT_ITEMS = positional(GiftDao.ITEMS);
    private static final String GIFT_MUSIC = positional(GiftDao.MUSIC);
    private static final String UNREAD = positional(GiftDao.UNREAD);
    private static final String SCORES = positional(ScoreDao.LIST);

    private LoginQueries() {}

    /** @return the SQL with every {@code :name} parameter made a {@code ?} (the DAO SQL has no other colons) */
    static String positional(String sql) {
        return NAMED.matcher(sql).replaceAll("?");
    }

    /** A row to a value; may throw what {@link ResultSet} throws. */
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * @param c     a connection
     * @param d     its dialect
     * @param token a token
     * @return the login row of the token, as {@code LoginSessionRepository.findByToken}
     */
    static Optional<LoginSession> loginByToken(Connection c, Dialect d, String token) throws SQLException {
        return JdbiStorage.single(
                list(c, LOGIN_BY_TOKEN, token, rs -> RowMappers.loginSession(rs, d)), "login session");
    }

    /**
     * @return whether a row was updated, as {@code LoginSessionRepository.updateChannel}
     */
    static boolean updateChannel(Connection c, String token, int serverId, int channelId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_CHANNEL)) {
            ps.setInt(1, serverId);
            ps.setInt(2, channelId);
            ps.setString(3, token);
            return ps.executeUpdate() > 0;
        }
    }

    /**
     * The user graph as {@code Storage.loadUser}'s default builds it from the repositories, with the same defaults for
     * missing rows. Run it inside one snapshot: the statements are separate.
     *
     * @return the graph, empty if there is no such character
     */
    static Optional<UserGraph> loadUser(Connection c, Dialect d, int userId) throws SQLException {
        final Optional<UserProfile> found =
                JdbiStorage.single(list(c, CHARACTER, userId, RowMappers::profile), "character");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        final UserProfile profile = found.get();
        final Passes passes = JdbiStorage.single(
                        list(c, MEMBER, profile.username(), rs -> RowMappers.member(rs, d)),
                        "member " + profile.username())
                .map(Member::passes)
                .orElse(Passes.NONE);
        final Wallet wallet = JdbiStorage.single(list(c, WALLET, userId, RowMappers::wallet), "wallet")
                .orElse(Wallet.EMPTY);
        final Loadout loadout = list(c, INVENTORY, userId, InventorySql::loadout).stream()
                .findFirst()
                .orElse(Loadout.starter(profile.gender()));
        final var attributes = list(c, ATTRIBUTES, userId, rs -> RowMappers.attributiveItem(rs, d));
        final Penalty penalty = JdbiStorage.single(list(c, PENALTY, userId, RowMappers::penalty), "penalty")
                .orElse(Penalty.NONE);
        final var ranking =
                JdbiStorage.single(list(c, RANKING, userId, rs -> RowMappers.rankingEntry(rs, d)), "ranking row");
        final List<Integer> music = list(c, MUSIC, userId, rs -> rs.getInt(1));
        final var giftItems = list(c, GIFT_ITEMS, userId, rs -> RowMappers.giftItem(rs, d));
        final var giftMusic = list(c, GIFT_MUSIC, userId, rs -> RowMappers.giftMusic(rs, d));
        final var unread = list(c, UNREAD, userId, rs -> RowMappers.giftMessage(rs, d));
        final var scores = list(c, SCORES, userId, RowMappers::score);
        return Optional.of(new UserGraph(
                profile,
                passes,
                wallet,
                loadout,
                attributes,
                penalty,
                ranking,
                music,
                giftItems,
                giftMusic,
                unread,
                scores));
    }

    private static <T> List<T> list(Connection c, String sql, Object key, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key instanceof Integer i) {
                ps.setInt(1, i);
            } else {
                ps.setString(1, (String) key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                final List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        }
    }
}
