package io.mozart.server.storage;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ranking:upsert} (spec 04 §10.2, 06 §5): ranks the top characters by level and experience
 * and replaces the ranking tables, all in one transaction.
 */
public final class RankingRebuild {

    /** Default number of ranked characters. */
    public static final int DEFAULT_COUNT = 1000;

    private RankingRebuild() {}

    /**
     * @param storage the storage
     * @param count   how many characters to rank
     * @return the new ranking in rank order
     */
    public static List<RankingEntry> run(Storage storage, int count) {
        return storage.inTransaction(s -> {
            final Map<Integer, Integer> old = s.rankings().currentRanks();
            final List<UserProfile> top = s.characters().topByLevel(count);
            final List<RankingEntry> entries = new ArrayList<>(top.size());
            for (int i = 0; i < top.size(); i++) {
                final UserProfile u = top.get(i);
                final int newRank = i + 1;
                final int oldRank = old.getOrDefault(u.id(), 0);
                final int type;
                final int change;
                if (oldRank == 0) {
                    type = 1;
                    change = 0;
                } else if (newRank < oldRank) {
                    type = 1;
                    change = oldRank - newRank;
                } else if (newRank == oldRank) {
                    type = 2;
                    change = 0;
                } else {
                    type = 0;
                    change = newRank - oldRank;
                }
                entries.add(new RankingEntry(
                        u.id(),
                        u.username(),
                        u.nickname(),
                        u.gender() != Gender.FEMALE,
                        u.progress(),
                        newRank,
                        type,
                        change,
                        null));
            }
            s.rankings().replaceAll(entries);
            return entries;
        });
    }
}
