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
    public List<Integer> list(int userId) {
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
    public boolean owns(int userId, int musicId) {
        return db.atomic(() -> db.music.containsKey(new MemoryStorage.UserItem(userId, musicId)));
    }

    @Override
    public boolean add(int userId, int musicId) {
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
    public boolean remove(int userId, int musicId) {
        return db.atomic(() ->
                db.music.remove(new MemoryStorage.UserItem(userId, musicId)).isPresent());
    }
}
