package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.InventoryRepository;
import io.mozart.api.storage.Loadout;
import io.mozart.server.storage.jdbi.Daos.AttributeDao;
import java.util.Optional;

final class JdbiInventories implements InventoryRepository {

    private final JdbiStorage db;

    JdbiInventories(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public void create(int userId, Loadout loadout) {
        db.write(h -> {
            InventorySql.insert(h, userId, loadout);
            return null;
        });
    }

    @Override
    public Optional<Loadout> find(int userId) {
        return db.read(h -> InventorySql.find(h, userId));
    }

    @Override
    public boolean equip(int userId, int itemType, int itemId) {
        if (itemType < 0 || itemType >= Loadout.EQUIP_SLOTS) {
            throw new IndexOutOfBoundsException("item type " + itemType);
        }
        return db.write(h -> InventorySql.updateColumn(h, userId, "Equip" + (itemType + 1), (short) itemId) > 0);
    }

    @Override
    public boolean writeBagSlot(int userId, int slot, int itemId, int count) {
        return db.write(h -> InventorySql.find(h, userId)
                .map(l -> {
                    final int previous = l.bagSlot(slot);
                    InventorySql.updateColumn(h, userId, "Bag" + (slot + 1), (short) itemId);
                    final AttributeDao attrs = h.attach(AttributeDao.class);
                    if (itemId == 0 || count <= 0) {
                        attrs.delete(userId, previous);
                    } else {
                        db.setCount(h, userId, itemId, count);
                    }
                    return true;
                })
                .orElse(false));
    }

    @Override
    public Optional<Integer> expandBag(int userId) {
        return db.write(h -> InventorySql.find(h, userId).flatMap(l -> {
            if (l.bagExtensions() >= Loadout.MAX_EXTENSIONS) {
                return Optional.empty();
            }
            InventorySql.updateColumn(h, userId, "BAG_EXT_COUNT", l.bagExtensions() + 1);
            return Optional.of(l.bagExtensions() + 1);
        }));
    }

    @Override
    public boolean set(int userId, Loadout loadout) {
        return db.write(h -> InventorySql.update(h, userId, loadout) > 0);
    }
}
