package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.ScoreRepository;
import io.mozart.server.storage.jdbi.Daos.ScoreDao;
import java.util.List;
import java.util.Optional;

final class JdbiScores implements ScoreRepository {

    private final JdbiStorage db;

    JdbiScores(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public List<ScoreRecord> list(int userId) {
        return db.read(h -> h.attach(ScoreDao.class).list(userId));
    }

    @Override
    public Optional<ScoreRecord> find(int userId, int musicId, int difficulty) {
        return db.read(h -> JdbiStorage.single(h.attach(ScoreDao.class).find(userId, musicId, difficulty), "score"));
    }

    @Override
    public void save(int userId, ScoreRecord r) {
        db.write(h -> {
            final ScoreDao dao = h.attach(ScoreDao.class);
            if (dao.update(userId, r.musicId(), r.difficulty(), r.score(), r.clearType()) == 0) {
                dao.insert(userId, r.musicId(), r.difficulty(), r.score(), r.clearType());
            }
            return null;
        });
    }
}
