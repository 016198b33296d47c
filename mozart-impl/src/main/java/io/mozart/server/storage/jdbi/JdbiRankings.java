package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.Progress;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.RankingRepository;
import io.mozart.api.storage.StorageException;
import io.mozart.server.storage.jdbi.Daos.RankingDao;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class JdbiRankings implements RankingRepository {

    private final JdbiStorage db;

    JdbiRankings(JdbiStorage db) {
        this.db = db;
    }

    @Override
    public void register(int userId) {
        db.write(h -> {
            final RankingDao dao = h.attach(RankingDao.class);
            dao.insertDump(userId);
            final RankingEntry e = RankingEntry.placeholder(userId);
            insert(dao, e);
            return null;
        });
    }

    @Override
    public Optional<RankingEntry> find(int userId) {
        return db.read(h -> JdbiStorage.single(h.attach(RankingDao.class).find(userId), "ranking row"));
    }

    @Override
    public List<RankingEntry> top(int limit) {
        return db.read(h -> h.attach(RankingDao.class).top(Math.max(0, limit)));
    }

    @Override
    public Map<Integer, Integer> currentRanks() {
        return db.read(h -> {
            final Map<Integer, Integer> out = new LinkedHashMap<>();
            h.attach(RankingDao.class).all().forEach(r -> out.put(r.userId(), r.ranking()));
            return out;
        });
    }

    @Override
    public void replaceAll(List<RankingEntry> entries) {
        db.write(h -> {
            final RankingDao dao = h.attach(RankingDao.class);
            final Map<Integer, RankingEntry> existing = new HashMap<>();
            dao.all().forEach(r -> existing.put(r.userId(), r));
            final Set<Integer> listed = new HashSet<>();
            for (final RankingEntry e : entries) {
                if (!listed.add(e.userId())) {
                    throw new StorageException("user " + e.userId() + " listed twice in ranking");
                }
                if (existing.containsKey(e.userId())) {
                    final Progress p = e.progress();
                    dao.updateEntry(
                            e.userId(),
                            e.username(),
                            e.nickname(),
                            e.male(),
                            p.level(),
                            p.battle(),
                            p.win(),
                            p.draw(),
                            p.lose(),
                            p.experience(),
                            e.ranking(),
                            e.changeType(),
                            e.changeRanking());
                } else {
                    insert(dao, e);
                }
            }
            for (final Integer userId : existing.keySet()) {
                if (!listed.contains(userId)) {
                    dao.deleteEntry(userId);
                }
            }
            dao.deleteDump();
            for (int i = 0; i < entries.size(); i++) {
                dao.insertDumpAt(i + 1, entries.get(i).userId());
            }
            return null;
        });
    }

    @Override
    public Map<Integer, Integer> dumpRanking() {
        return db.read(h -> {
            final Map<Integer, Integer> out = new LinkedHashMap<>();
            h.attach(RankingDao.class).dump().forEach(r -> out.put(r[0], r[1]));
            return out;
        });
    }

    private void insert(RankingDao dao, RankingEntry e) {
        final Progress p = e.progress();
        dao.insertEntry(
                e.userId(),
                e.username(),
                e.nickname(),
                e.male(),
                p.level(),
                p.battle(),
                p.win(),
                p.draw(),
                p.lose(),
                p.experience(),
                e.ranking(),
                e.changeType(),
                e.changeRanking());
    }
}
