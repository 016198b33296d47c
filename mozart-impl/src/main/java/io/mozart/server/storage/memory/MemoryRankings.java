package io.mozart.server.storage.memory;

import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.RankingRepository;
import io.mozart.api.storage.StorageException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class MemoryRankings implements RankingRepository {

    private final MemoryStorage db;

    MemoryRankings(MemoryStorage db) {
        this.db = db;
    }

    @Override
    public void register(int userId) {
        db.atomic(() -> {
            db.requireCharacter(userId);
            if (db.userRanking.containsKey(userId)
                    || !db.dumpRanking.values(u -> u == userId).isEmpty()) {
                throw new StorageException("UNIQUE constraint failed: ranking rows of user " + userId);
            }
            db.dumpRanking.put((int) db.dumpRanks.next(), userId);
            db.userRanking.put(userId, withDate(RankingEntry.placeholder(userId), db.dbNow()));
            return null;
        });
    }

    @Override
    public Optional<RankingEntry> find(int userId) {
        return db.atomic(() -> db.userRanking.get(userId));
    }

    @Override
    public List<RankingEntry> top(int limit) {
        return db.atomic(() -> db.userRanking.values(r -> true).stream()
                .sorted(Comparator.comparingInt(RankingEntry::ranking).thenComparingInt(RankingEntry::userId))
                .limit(Math.max(0, limit))
                .toList());
    }

    @Override
    public Map<Integer, Integer> currentRanks() {
        return db.atomic(() -> {
            final Map<Integer, Integer> out = new LinkedHashMap<>();
            db.userRanking.values(r -> true).forEach(r -> out.put(r.userId(), r.ranking()));
            return out;
        });
    }

    @Override
    public void replaceAll(List<RankingEntry> entries) {
        db.atomic(() -> {
            final Set<Integer> listed = new HashSet<>();
            for (final RankingEntry e : entries) {
                db.requireCharacter(e.userId());
                if (!listed.add(e.userId())) {
                    throw new StorageException("user " + e.userId() + " listed twice in ranking");
                }
                final Instant written = db.userRanking
                        .get(e.userId())
                        .map(RankingEntry::writtenAt)
                        .orElseGet(db::dbNow);
                db.userRanking.put(e.userId(), withDate(e, written));
            }
            db.userRanking.values(r -> !listed.contains(r.userId())).forEach(r -> db.userRanking.remove(r.userId()));
            db.dumpRanking.entries().forEach(e -> db.dumpRanking.remove(e.getKey()));
            for (int i = 0; i < entries.size(); i++) {
                db.dumpRanking.put(i + 1, entries.get(i).userId());
            }
            db.dumpRanks.atLeast(entries.size());
            return null;
        });
    }

    @Override
    public Map<Integer, Integer> dumpRanking() {
        return db.atomic(() -> {
            final Map<Integer, Integer> out = new LinkedHashMap<>();
            db.dumpRanking.entries().forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    private RankingEntry withDate(RankingEntry e, Instant date) {
        return new RankingEntry(
                e.userId(),
                e.username(),
                e.nickname(),
                e.male(),
                e.progress(),
                e.ranking(),
                e.changeType(),
                e.changeRanking(),
                date);
    }
}
