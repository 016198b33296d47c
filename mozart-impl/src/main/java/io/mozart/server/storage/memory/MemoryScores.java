package io.mozart.server.storage.memory;

import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.ScoreRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class MemoryScores implements ScoreRepository {

    private final MemoryStorage db;

    MemoryScores(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public List<ScoreRecord> list(int userId) {
        return db.atomic(() -> {
            final List<ScoreRecord> out = new ArrayList<>();
            for (final Map.Entry<MemoryStorage.ScoreKey, ScoreRecord> e : db.scores.entries()) {
                if (e.getKey().userId() == userId) {
                    out.add(e.getValue());
                }
            }
            return out;
        });
    }

    @Override
    public Optional<ScoreRecord> find(int userId, int musicId, int difficulty) {
        return db.atomic(() -> db.scores.get(new MemoryStorage.ScoreKey(userId, musicId, difficulty)));
    }

    @Override
    public void save(int userId, ScoreRecord record) {
        db.atomic(() -> {
            db.requireCharacter(userId);
            db.scores.put(new MemoryStorage.ScoreKey(userId, record.musicId(), record.difficulty()), record);
            return null;
        });
    }
}
