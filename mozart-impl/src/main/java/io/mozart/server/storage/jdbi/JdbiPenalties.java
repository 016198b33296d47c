package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.PenaltyRepository;
import io.mozart.server.storage.jdbi.Daos.PenaltyDao;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

final class JdbiPenalties implements PenaltyRepository {

    private final JdbiStorage db;

    JdbiPenalties(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public void create(int userId) {
        db.write(h -> {
            h.attach(PenaltyDao.class).insert(userId, 0, 0);
            return null;
        });
    }

    @Override
    public Optional<Penalty> find(int userId) {
        return db.read(h -> JdbiStorage.single(h.attach(PenaltyDao.class).find(userId), "penalty"));
    }

    @Override
    public Penalty increment(int userId) {
        return db.write(h -> {
            final Penalty next = JdbiStorage.single(h.attach(PenaltyDao.class).find(userId), "penalty")
                    .orElse(Penalty.NONE)
                    .incremented();
            set(h, userId, next);
            return next;
        });
    }

    @Override
    public void set(int userId, Penalty penalty) {
        db.write(h -> {
            set(h, userId, penalty);
            return null;
        });
    }

    private void set(Handle h, int userId, Penalty p) {
        final PenaltyDao dao = h.attach(PenaltyDao.class);
        if (dao.update(userId, p.level(), p.count()) == 0) {
            dao.insert(userId, p.level(), p.count());
        }
    }
}
