package io.mozart.server.storage.memory;

import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.PenaltyRepository;
import io.mozart.api.storage.StorageException;
import java.util.Optional;

final class MemoryPenalties implements PenaltyRepository {

    private final MemoryStorage db;

    MemoryPenalties(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public void create(int userId) {
        db.atomic(() -> {
            db.requireCharacter(userId);
            if (db.penalties.containsKey(userId)) {
                throw new StorageException("UNIQUE constraint failed: t_o2jam_penalty " + userId);
            }
            db.penalties.put(userId, Penalty.NONE);
            return null;
        });
    }

    @Override
    public Optional<Penalty> find(int userId) {
        return db.atomic(() -> db.penalties.get(userId));
    }

    @Override
    public Penalty increment(int userId) {
        return db.atomic(() -> {
            final Penalty next = db.penalties.get(userId).orElse(Penalty.NONE).incremented();
            set(userId, next);
            return next;
        });
    }

    @Override
    public void set(int userId, Penalty penalty) {
        db.atomic(() -> {
            db.requireCharacter(userId);
            db.penalties.put(userId, penalty);
            return null;
        });
    }
}
