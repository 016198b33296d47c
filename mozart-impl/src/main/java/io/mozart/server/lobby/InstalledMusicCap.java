package io.mozart.server.lobby;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortens the members' installed-music lists (spec 02 §2.3) that a JoinRoom snapshot echoes, when all of them
 * together would not fit one frame (protocol README rule 4). Every member keeps the same number of entries at most,
 * the largest that fits; within a shortened list the entries for the room's current music come first, so the
 * room still sees who has that song, and the kept entries stay in the member's order.
 */
public final class InstalledMusicCap {

    private InstalledMusicCap() {}

    /**
     * @param lists        each member's reported list, verbatim
     * @param maxEntries   how many entries all lists together may keep ({@code >= 0})
     * @param roomMusicId  the room's music id (compared on the low 12 bits, as the client's ids carry a flag nibble)
     * @return the lists, unchanged when they fit, else each cut to the common largest length that fits
     */
    public static List<List<Integer>> fit(List<List<Integer>> lists, int maxEntries, int roomMusicId) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries < 0: " + maxEntries);
        }
        long total = 0;
        for (List<Integer> l : lists) {
            total += l.size();
        }
        if (total <= maxEntries) {
            return lists;
        }
        int perList = largestCommonLength(lists, maxEntries);
        List<List<Integer>> out = new ArrayList<>(lists.size());
        for (List<Integer> l : lists) {
            out.add(l.size() <= perList ? l : shorten(l, perList, roomMusicId & 0x0FFF));
        }
        return out;
    }

    /** The largest c with sum(min(size, c)) <= maxEntries (found by bisection on c). */
    private static int largestCommonLength(List<List<Integer>> lists, int maxEntries) {
        int lo = 0;
        int hi = maxEntries;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            long used = 0;
            for (List<Integer> l : lists) {
                used += Math.min(l.size(), mid);
            }
            if (used <= maxEntries) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static List<Integer> shorten(List<Integer> list, int keep, int roomMusic) {
        boolean[] kept = new boolean[list.size()];
        int n = 0;
        for (int i = 0; i < list.size() && n < keep; i++) {
            if ((list.get(i) & 0x0FFF) == roomMusic) {
                kept[i] = true;
                n++;
            }
        }
        for (int i = 0; i < list.size() && n < keep; i++) {
            if (!kept[i]) {
                kept[i] = true;
                n++;
            }
        }
        List<Integer> out = new ArrayList<>(keep);
        for (int i = 0; i < list.size(); i++) {
            if (kept[i]) {
                out.add(list.get(i));
            }
        }
        return out;
    }
}
