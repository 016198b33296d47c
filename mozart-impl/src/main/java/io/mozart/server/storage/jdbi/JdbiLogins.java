package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.LoginSessionRepository;
import io.mozart.server.storage.jdbi.Daos.LoginDao;
import java.util.Optional;

final class JdbiLogins implements LoginSessionRepository {

    private final JdbiStorage db;

    JdbiLogins(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public Optional<LoginSession> findByToken(String token) {
        return db.timed(
                JdbiStorage.FIND_BY_TOKEN,
                () -> db.read(h -> JdbiStorage.plain(h, c -> LoginQueries.loginByToken(c, db.dialect, token))));
    }

    @Override
    public Optional<LoginSession> findByUsername(String username) {
        return db.read(h -> JdbiStorage.single(h.attach(LoginDao.class).findByUsername(username), "login session"));
    }

    @Override
    public Optional<LoginSession> findByUserId(int userId) {
        return db.read(h -> JdbiStorage.single(h.attach(LoginDao.class).findByUserId(userId), "login session"));
    }

    @Override
    public void create(LoginSession s) {
        db.write(h -> {
            h.attach(LoginDao.class)
                    .insert(
                            s.userId(),
                            s.gatewayId(),
                            s.serverId(),
                            s.channelId(),
                            s.username(),
                            s.token(),
                            s.address(),
                            s.loginTime());
            return null;
        });
    }

    @Override
    public boolean updateChannel(String token, int serverId, int channelId) {
        // Bookkeeping (spec 01 §4.9 step 5): the player is in the channel whatever this row says.
        return db.timed(
                JdbiStorage.UPDATE_CHANNEL,
                () -> db.writeBookkeeping(
                        h -> JdbiStorage.plain(h, c -> LoginQueries.updateChannel(c, token, serverId, channelId))));
    }

    @Override
    public boolean revoke(String token) {
        return db.write(h -> h.attach(LoginDao.class).deleteByToken(token) > 0);
    }

    @Override
    public int clear() {
        return db.write(h -> h.attach(LoginDao.class).deleteAll());
    }

    @Override
    public int clear(int serverId, int channelId) {
        return db.write(h -> h.attach(LoginDao.class).deleteByChannel(serverId, channelId));
    }
}
