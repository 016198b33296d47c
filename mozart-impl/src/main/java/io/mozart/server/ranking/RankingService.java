package io.mozart.server.ranking;

import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.Storage;
import io.mozart.server.storage.RankingRebuild;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ranking:upsert} (spec 04 §10.2) as a service for the launcher's command and for schedulers: ranks the top
 * characters by level and experience and rewrites {@code t_o2jam_user_ranking} and {@code t_o2jam_dumpranking} in
 * one transaction. Unlike the reference, two users swapping places never violates the unique index on the dump
 * table's user column (the storage rewrites the dump table by delete-then-insert inside the transaction).
 */
public final class RankingService {

    private static final Logger LOG = LoggerFactory.getLogger(RankingService.class);

    private final Storage storage;

    /** @param storage the storage to rank */
    public RankingService(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /**
     * Rebuilds the ranking.
     *
     * @param count how many characters to rank (the CLI default is {@link RankingRebuild#DEFAULT_COUNT})
     * @return the new ranking, first place first
     */
    public List<RankingEntry> rebuild(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("ranking count must not be negative: " + count);
        }
        List<RankingEntry> entries = RankingRebuild.run(storage, count);
        LOG.info("ranking rebuilt: {} character(s) ranked", entries.size());
        return entries;
    }
}
