package io.mozart.server.storage.memory;

import io.mozart.api.storage.InventoryRepository;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.StorageException;
import java.util.Optional;

final class MemoryInventories implements InventoryRepository {

    private final MemoryStorage db;

    MemoryInventories(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public void create(int userId, Loadout loadout) {
        db.atomic(() -> {
            db.requireCharacter(userId);
            if (db.loadouts.containsKey(userId)) {
                throw new StorageException("UNIQUE constraint failed: t_o2jam_item " + userId);
            }
            db.loadouts.put(userId, loadout);
            return null;
        });
    }

    @Override
    public Optional<Loadout> find(int userId) {
        return db.atomic(() -> db.loadouts.get(userId));
    }

    @Override
    public boolean equip(int userId, int itemType, int itemId) {
        return db.atomic(() -> db.loadouts
                .get(userId)
                .map(l -> {
                    db.loadouts.put(userId, l.withEquipped(itemType, itemId));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public boolean writeBagSlot(int userId, int slot, int itemId, int count) {
        return db.atomic(() -> db.loadouts
                .get(userId)
                .map(l -> {
                    final int previous = l.bagSlot(slot);
                    db.loadouts.put(userId, l.withBagSlot(slot, itemId));
                    if (itemId == 0 || count <= 0) {
                        db.attributiveItems().delete(userId, previous);
                    } else {
                        db.attributiveItems().setCount(userId, itemId, count);
                    }
                    return true;
                })
                .orElse(false));
    }

    @Override
    public Optional<Integer> expandBag(int userId) {
        return db.atomic(() -> db.loadouts.get(userId).flatMap(l -> {
            if (l.bagExtensions() >= Loadout.MAX_EXTENSIONS) {
                return Optional.empty();
            }
            db.loadouts.put(userId, l.withBagExtensions(l.bagExtensions() + 1));
            return Optional.of(l.bagExtensions() + 1);
        }));
    }

    @Override
    public boolean set(int userId, Loadout loadout) {
        return db.atomic(() -> db.loadouts
                .get(userId)
                .map(l -> {
                    db.loadouts.put(userId, loadout);
                    return true;
                })
                .orElse(false));
    }
}
