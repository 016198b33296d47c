package io.mozart.server.playing.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The skill-item walk of StartGame (spec 04 §4 step 2) as a pure function over the master's bag and stack counts.
 *
 * <p>Let S be the room skills without zeros. The bag slots are walked in order; for a slot whose item occurs in S,
 * every occurrence is removed from S; then a positive count is decremented by one (a count reaching 0 loses its
 * count record, the slot keeps the item), a count of exactly 0 puts the occurrences back (not satisfied) and empties
 * the slot, and a negative count counts as satisfied and empties the slot. The start fails when S is not empty
 * afterwards; nothing is written then.
 */
public final class SkillRules {

    private SkillRules() {}

    /**
     * What to write when the start succeeds.
     *
     * @param satisfied   whether every skill was found
     * @param emptiedBag  bag slots to set to 0 (item and count removed)
     * @param counts      new stack counts by item id (0 means: delete the count record)
     */
    public record Consumption(boolean satisfied, List<Integer> emptiedBag, Map<Integer, Integer> counts) {

        /**
         * Freezes the collections.
         *
         * @param satisfied  satisfied
         * @param emptiedBag emptied slots
         * @param counts     counts
         */
        public Consumption {
            emptiedBag = List.copyOf(emptiedBag);
            counts = Map.copyOf(counts);
        }
    }

    /**
     * @param skills   the room skills (zeros and negatives ignored)
     * @param bag      the master's bag item ids, slot order, up to its capacity
     * @param countsOf stack count per item id; an item without a record counts 0
     * @return the consumption
     */
    public static Consumption consume(List<Integer> skills, List<Integer> bag, Map<Integer, Integer> countsOf) {
        List<Integer> wanted = new ArrayList<>();
        for (Integer s : skills) {
            if (s != null && s > 0) {
                wanted.add(s);
            }
        }
        if (wanted.isEmpty()) {
            return new Consumption(true, List.of(), Map.of());
        }
        Map<Integer, Integer> counts = new HashMap<>(countsOf);
        Map<Integer, Integer> changed = new LinkedHashMap<>();
        List<Integer> emptied = new ArrayList<>();
        for (int slot = 0; slot < bag.size() && !wanted.isEmpty(); slot++) {
            int item = bag.get(slot);
            if (item == 0 || !wanted.contains(item)) {
                continue;
            }
            int k = 0;
            while (wanted.remove(Integer.valueOf(item))) {
                k++;
            }
            int count = counts.getOrDefault(item, 0);
            if (count > 0) {
                counts.put(item, count - 1);
                changed.put(item, count - 1);
            } else {
                if (count == 0) {
                    for (int i = 0; i < k; i++) {
                        wanted.add(item);
                    }
                }
                emptied.add(slot);
            }
        }
        return new Consumption(wanted.isEmpty(), emptied, changed);
    }
}
