package io.mozart.server.storage.memory;

import io.mozart.api.storage.MusicOwnershipRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class MemoryMusicOwnership implements MusicOwnershipRepository {

    private final MemoryStorage db;

    MemoryMusicOwnership(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public List<Integer> list(final int userId) {
        return db.atomic(() -> {
            final List<Integer> out = new ArrayList<>();
            for (final Map.Entry<MemoryStorage.UserItem, Boolean> e : db.music.entries()) {
                if (e.getKey().userId() == userId) {
                    out.add(e.getKey().itemId());
                }
            }
            return out;
        });
    }

    @Override
    public boolean owns(final int userId, final int musicId) {
        return db.atomic(() -> db.music.containsKey(new MemoryStorage.UserItem(userId, musicId)));
    }

    @Override
    public boolean add(final int userId, final int musicId) {
        return db.atomic(() -> {
            db.requireCharacter(userId);
            final MemoryStorage.UserItem key = new MemoryStorage.UserItem(userId, musicId);
            if (db.music.containsKey(key)) {
                return false;
            }
            db.music.put(key, Boolean.TRUE);
            return true;
        });
    }

    @Override
    public boolean remove(final int userId, final int musicId) {
        return db.atomic(() -> db.music.remove(new MemoryStorage.UserItem(userId, musicId)).isPresent());
    }
}
