package io.mozart.server.storage.memory;

import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.LoginSessionRepository;
import io.mozart.api.storage.StorageException;
import java.util.List;
import java.util.Optional;

final class MemoryLogins implements LoginSessionRepository {

    private final MemoryStorage db;

    MemoryLogins(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public Optional<LoginSession> findByToken(String token) {
        return db.atomic(
                () -> db.logins.values(s -> s.token().equals(token)).stream().findFirst());
    }

    @Override
    public Optional<LoginSession> findByUsername(String username) {
        return db.atomic(() ->
                db.logins.values(s -> s.username().equals(username)).stream().findFirst());
    }

    @Override
    public Optional<LoginSession> findByUserId(int userId) {
        return db.atomic(() -> db.logins.get(userId));
    }

    @Override
    public void create(LoginSession session) {
        db.atomic(() -> {
            if (db.logins.containsKey(session.userId())) {
                throw new StorageException("UNIQUE constraint failed: t_o2jam_login.USER_INDEX_ID " + session.userId());
            }
            db.logins.put(session.userId(), session);
            return null;
        });
    }

    @Override
    public boolean updateChannel(String token, int serverId, int channelId) {
        return db.atomic(() -> {
            final List<LoginSession> hits = db.logins.values(s -> s.token().equals(token));
            for (final LoginSession s : hits) {
                db.logins.put(
                        s.userId(),
                        new LoginSession(
                                s.userId(),
                                s.gatewayId(),
                                serverId,
                                channelId,
                                s.username(),
                                s.token(),
                                s.address(),
                                s.loginTime()));
            }
            return !hits.isEmpty();
        });
    }

    @Override
    public boolean revoke(String token) {
        return db.atomic(() -> removeAll(s -> s.token().equals(token)) > 0);
    }

    @Override
    public int clear() {
        return db.atomic(() -> removeAll(s -> true));
    }

    @Override
    public int clear(int serverId, int channelId) {
        return db.atomic(() -> removeAll(s -> s.serverId() == serverId && s.channelId() == channelId));
    }

    private int removeAll(java.util.function.Predicate<LoginSession> filter) {
        final List<LoginSession> hits = db.logins.values(filter);
        hits.forEach(s -> db.logins.remove(s.userId()));
        return hits.size();
    }
}
