package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.AttributiveItemRepository;
import io.mozart.server.storage.jdbi.Daos.AttributeDao;
import java.util.List;
import java.util.Optional;

final class JdbiAttributes implements AttributiveItemRepository {

    private final JdbiStorage db;

    JdbiAttributes(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public List<AttributiveItem> list(int userId) {
        return db.read(h -> h.attach(AttributeDao.class).list(userId));
    }

    @Override
    public Optional<AttributiveItem> find(int userId, int itemId) {
        return db.read(
                h -> h.attach(AttributeDao.class).find(userId, itemId).stream().findFirst());
    }

    @Override
    public AttributiveItem setCount(int userId, int itemId, int count) {
        return db.write(h -> db.setCount(h, userId, itemId, count));
    }

    @Override
    public int delete(int userId, int itemId) {
        return db.write(h -> h.attach(AttributeDao.class).delete(userId, itemId));
    }
}
