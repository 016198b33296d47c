package io.mozart.server.storage.memory;

import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.AttributiveItemRepository;
import java.util.List;
import java.util.Optional;

final class MemoryAttributes implements AttributiveItemRepository {

    private final MemoryStorage db;

    MemoryAttributes(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public List<AttributiveItem> list(int userId) {
        return db.atomic(() -> db.attributes.values(r -> r.userId() == userId).stream()
                .map(MemoryStorage.AttrRow::item)
                .toList());
    }

    @Override
    public Optional<AttributiveItem> find(int userId, int itemId) {
        return db.atomic(() -> db
                .attributes
                .values(r -> r.userId() == userId && r.item().itemId() == itemId)
                .stream()
                .map(MemoryStorage.AttrRow::item)
                .findFirst());
    }

    @Override
    public AttributiveItem setCount(int userId, int itemId, int count) {
        return db.atomic(() -> {
            final Optional<AttributiveItem> existing = find(userId, itemId);
            final AttributiveItem item;
            if (existing.isPresent()) {
                final AttributiveItem e = existing.get();
                item = new AttributiveItem(e.id(), itemId, count, e.count(), e.registeredAt());
            } else {
                db.requireCharacter(userId);
                item = new AttributiveItem((int) db.attributeIds.next(), itemId, count, 0, db.now());
            }
            db.attributes.put(item.id(), new MemoryStorage.AttrRow(userId, item));
            return item;
        });
    }

    @Override
    public int delete(int userId, int itemId) {
        return db.atomic(() -> {
            final List<MemoryStorage.AttrRow> hits =
                    db.attributes.values(r -> r.userId() == userId && r.item().itemId() == itemId);
            hits.forEach(r -> db.attributes.remove(r.item().id()));
            return hits.size();
        });
    }
}
