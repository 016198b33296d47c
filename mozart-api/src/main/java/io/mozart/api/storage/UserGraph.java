package io.mozart.api.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Authorize needs about one user, loaded in one call (spec 01 §5.2, 06 §1.4).
 *
 * @param profile         the character
 * @param passes          free/starter pass from the {@code member} row ({@link Passes#NONE} if missing)
 * @param wallet          currencies
 * @param loadout         equipment and bag
 * @param attributiveItems stack counts, in storage order
 * @param penalty         penalty ({@link Penalty#NONE} if the row is missing)
 * @param ranking         the extended ranking row, if any
 * @param acquiredMusic   owned music ids
 * @param giftItems       pending item gifts
 * @param giftMusic       pending music gifts
 * @param unreadMessages  unread gift messages
 * @param scores          personal bests
 */
public record UserGraph(
        UserProfile profile,
        Passes passes,
        Wallet wallet,
        Loadout loadout,
        List<AttributiveItem> attributiveItems,
        Penalty penalty,
        Optional<RankingEntry> ranking,
        List<Integer> acquiredMusic,
        List<GiftItem> giftItems,
        List<GiftMusic> giftMusic,
        List<GiftMessage> unreadMessages,
        List<ScoreRecord> scores) {

    /** Validates and copies. */
    public UserGraph {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(passes, "passes");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(loadout, "loadout");
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(ranking, "ranking");
        attributiveItems = List.copyOf(attributiveItems);
        acquiredMusic = List.copyOf(acquiredMusic);
        giftItems = List.copyOf(giftItems);
        giftMusic = List.copyOf(giftMusic);
        unreadMessages = List.copyOf(unreadMessages);
        scores = List.copyOf(scores);
    }

    /**
     * @param itemId an item id
     * @return its stack count (0 when there is no record), spec 06 §1.7
     */
    public int countOf(int itemId) {
        for (final AttributiveItem a : attributiveItems) {
            if (a.itemId() == itemId) {
                return a.count();
            }
        }
        return 0;
    }
}
