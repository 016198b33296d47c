package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.MusicOwnershipRepository;
import io.mozart.server.storage.jdbi.Daos.MusicDao;
import java.util.List;

final class JdbiMusicOwnership implements MusicOwnershipRepository {

    private final JdbiStorage db;

    JdbiMusicOwnership(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public List<Integer> list(int userId) {
        return db.read(h -> h.attach(MusicDao.class).list(userId));
    }

    @Override
    public boolean owns(int userId, int musicId) {
        return db.read(h -> h.attach(MusicDao.class).count(userId, musicId) > 0);
    }

    @Override
    public boolean add(int userId, int musicId) {
        return db.write(h -> {
            final MusicDao dao = h.attach(MusicDao.class);
            if (dao.count(userId, musicId) > 0) {
                return false;
            }
            dao.insert(userId, musicId);
            return true;
        });
    }

    @Override
    public boolean remove(int userId, int musicId) {
        return db.write(h -> h.attach(MusicDao.class).delete(userId, musicId) > 0);
    }
}
