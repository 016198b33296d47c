package io.mozart.server.lobby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class InstalledMusicCapTest {

    @Test
    void listsThatFitAreReturnedAsTheyAre() {
        List<List<Integer>> lists = List.of(List.of(1, 2), List.of(3));
        assertSame(lists, InstalledMusicCap.fit(lists, 3, 1));
    }

    @Test
    void longListsShareTheBudgetAndShortOnesAreKept() {
        List<List<Integer>> lists = List.of(List.of(1, 2, 3, 4, 5, 6), List.of(7), List.of(8, 9, 10, 11, 12));
        // 7 entries allowed: the short list keeps its 1, the two long ones 3 each.
        assertEquals(List.of(List.of(1, 2, 3), List.of(7), List.of(8, 9, 10)), InstalledMusicCap.fit(lists, 7, 99));
    }

    @Test
    void theRoomsMusicIsKeptFirstWhateverItsFlagNibbleAndOrderIsPreserved() {
        List<List<Integer>> lists = List.of(List.of(1, 2, 3, 0xF064, 5));
        // music 100 is reported as 0xF064 (spec 02 §2.3)
        assertEquals(List.of(List.of(1, 0xF064)), InstalledMusicCap.fit(lists, 2, 100));
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InstalledMusicCap.fit(List.of(), -1, 0));
    }

    @Property(tries = 500)
    void theResultFitsAndNoListCouldKeepMore(
            @ForAll @Size(max = 8) List<@Size(max = 60) List<@IntRange(max = 0xFFFF) Integer>> lists,
            @ForAll @IntRange(max = 300) int budget,
            @ForAll @IntRange(max = 4095) int music) {
        List<List<Integer>> out = InstalledMusicCap.fit(lists, budget, music);
        assertEquals(lists.size(), out.size());
        int used = out.stream().mapToInt(List::size).sum();
        int total = lists.stream().mapToInt(List::size).sum();
        assertTrue(total <= budget ? used == total : used <= budget, "fits the budget");
        int longest = out.stream().mapToInt(List::size).max().orElse(0);
        boolean anyCut = false;
        for (int i = 0; i < lists.size(); i++) {
            List<Integer> in = lists.get(i);
            List<Integer> kept = out.get(i);
            assertTrue(in.containsAll(kept), "only entries of the member's own list");
            assertTrue(kept.size() == in.size() || kept.size() == longest, "cut lists share one length");
            anyCut |= kept.size() < in.size();
        }
        if (anyCut) {
            long grown = 0;
            for (List<Integer> in : lists) {
                grown += Math.min(in.size(), longest + 1);
            }
            assertTrue(grown > budget, "the common length is the largest that fits");
        }
    }
}
