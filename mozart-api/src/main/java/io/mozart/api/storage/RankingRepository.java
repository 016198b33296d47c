package io.mozart.api.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rankings ({@code t_o2jam_dumpranking}: rank → user; {@code t_o2jam_user_ranking}: snapshot per user).
 */
public interface RankingRepository {

    /**
     * Writes the rows a registration creates: a dump-ranking row with the next automatic rank and
     * the {@link RankingEntry#placeholder(int)} snapshot row.
     *
     * @param userId the new character
     */
    void register(int userId);

    /**
     * @param userId a user id
     * @return the user's snapshot row
     */
    Optional<RankingEntry> find(int userId);

    /**
     * @param limit maximum rows
     * @return snapshot rows ordered by {@code Ranking} ascending (plain numeric order, rank 0 first), then user id
     */
    List<RankingEntry> top(int limit);

    /**
     * @return user id → current {@code Ranking} of every snapshot row
     */
    Map<Integer, Integer> currentRanks();

    /**
     * Replaces the ranking (the write half of {@code ranking:upsert}): upserts one snapshot row per
     * entry ({@code WriteDate} only set on insert), deletes snapshot rows of users not listed, and
     * rewrites the dump ranking so that rank {@code i + 1} maps to {@code entries.get(i).userId()}
     * and no higher ranks remain. Safe against rank swaps (no transient unique-index clash).
     *
     * @param entries the new ranking in rank order
     */
    void replaceAll(List<RankingEntry> entries);

    /**
     * @return rank → user id of the dump ranking, ascending
     */
    Map<Integer, Integer> dumpRanking();
}
