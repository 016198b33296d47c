package io.mozart.server.shop.rules;

import io.mozart.server.protocol.common.MusicPremiumEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Free-pass computations of spec 05 §3 (SyncPurchase), §4 (SyncMusicPurchase), §5 (SyncFreePass) and §9.8:
 * reading the stored {@code vip}/{@code vipdate} pair, what the replies report, the remaining time, the
 * "extension days" and the premium-time entries. Pure functions; "now" is always a parameter.
 *
 * <p>Stored expiries are treated as UTC (the reference converts them as if they were server-local, 05 §5;
 * on a UTC host that is the same).
 */
public final class FreePassRules {

    /** FreePassType None. */
    public static final int TYPE_NONE = 0x000;

    /** FreePassType AllMusic: all music unlocked, expiry ignored. The only value the server singles out. */
    public static final int TYPE_ALL_MUSIC = 0x001;

    /** Bit of the {@code vip} column that marks the starter pass (not a FreePassType). */
    public static final int STARTER_PASS_FLAG = 0x1000;

    /** SyncFreePass result Success. */
    public static final long RESULT_SUCCESS = 0x00000000L;

    /** SyncFreePass result Unknown (0xFFFFFFA2, -94 as i32). Never sent by the reference. */
    public static final long RESULT_UNKNOWN = 0xFFFFFFA2L;

    private static final long SECONDS_PER_DAY = 86_400L;

    private FreePassRules() {}

    /**
     * Reads the pass from the member row (§9.8): type = {@code vip & ~0x1000}; it is active iff the type is not
     * None and {@code vipdate > now}; an inactive pass reads as {@code {None, now}}.
     *
     * @param vip     the {@code vip} column
     * @param vipdate the {@code vipdate} column as UTC, or {@code null}
     * @param now     the current instant
     * @return the pass as the game sees it
     */
    public static FreePass read(int vip, Instant vipdate, Instant now) {
        int type = vip & ~STARTER_PASS_FLAG;
        if (type != TYPE_NONE && vipdate != null && vipdate.isAfter(now)) {
            return new FreePass(type, vipdate);
        }
        return new FreePass(TYPE_NONE, now);
    }

    /**
     * @param vip     the {@code vip} column
     * @param vipdate the {@code vipdate} column as UTC, or {@code null}
     * @param now     the current instant
     * @return whether the starter pass is active (bit 0x1000 set and {@code vipdate > now}; same date as the pass)
     */
    public static boolean starterPassActive(int vip, Instant vipdate, Instant now) {
        return (vip & STARTER_PASS_FLAG) != 0 && vipdate != null && vipdate.isAfter(now);
    }

    /**
     * The {@code vip} value after writing a new pass type: the starter bit is preserved ({@code vipdate} is
     * overwritten with the new expiry by the caller).
     *
     * @param vip     the current {@code vip} column
     * @param newType the new FreePassType flags
     * @return the new {@code vip} column
     */
    public static int withPassType(int vip, int newType) {
        return (vip & STARTER_PASS_FLAG) | (newType & ~STARTER_PASS_FLAG);
    }

    /**
     * Whether every song counts as free for the premium-time list (SyncMusicPurchase and MusicPremiumTimeList):
     * the <em>global</em> {@code Game.FreeMusic} option (the per-channel override is not consulted there) or a
     * pass of type exactly AllMusic.
     *
     * @param globalFreeMusic the global {@code Game.FreeMusic} option (default true)
     * @param pass            the freshly read pass
     * @return whether all entries get zero dates
     */
    public static boolean isFreeForPremiumList(boolean globalFreeMusic, FreePass pass) {
        return globalFreeMusic || pass.type() == TYPE_ALL_MUSIC;
    }

    /**
     * SyncFreePass {@code freePassType}: 1 (AllMusic) when {@code Game.FreeMusic} is on, else the pass type.
     *
     * @param freeMusic the {@code Game.FreeMusic} option
     * @param pass      the freshly read pass
     * @return the value to send
     */
    public static long reportedType(boolean freeMusic, FreePass pass) {
        return freeMusic ? TYPE_ALL_MUSIC : Integer.toUnsignedLong(pass.type());
    }

    /**
     * SyncFreePass {@code remaining}: expiry − now when {@code Game.FreeMusic} is off and the type is not None,
     * otherwise zero.
     *
     * @param freeMusic the {@code Game.FreeMusic} option
     * @param pass      the freshly read pass
     * @param now       the current instant
     * @return the remaining time (may be negative only if the pass was read before {@code now})
     */
    public static Duration remaining(boolean freeMusic, FreePass pass, Instant now) {
        if (freeMusic || !pass.hasType()) {
            return Duration.ZERO;
        }
        return Duration.between(now, pass.expiry());
    }

    /**
     * Whole seconds of a duration, truncated toward zero (the expiry-seconds codec, 01 §1.8), saturated to i32.
     *
     * @param remaining the duration
     * @return {@code remainingSeconds}
     */
    public static int remainingSeconds(Duration remaining) {
        long s = remaining.getSeconds();
        if (s < 0 && remaining.getNano() > 0) {
            s++; // getSeconds() floors; truncate toward zero instead
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, s));
    }

    /**
     * SyncPurchase {@code freePassExtensionDays}: when the cached or the fresh pass has a type other than None,
     * {@code ceil(|cached.expiry − fresh.expiry|)} in days; otherwise 0. It must be computed <em>before</em> the
     * session cache is refreshed. (SyncMusicPurchase always sends 0: the reference compares after refreshing.)
     *
     * @param cached the pass in the session cache
     * @param fresh  the pass just read from storage
     * @return the days, never negative
     */
    public static int extensionDays(FreePass cached, FreePass fresh) {
        if (!cached.hasType() && !fresh.hasType()) {
            return 0;
        }
        Duration d = Duration.between(cached.expiry(), fresh.expiry()).abs();
        long days = d.getSeconds() / SECONDS_PER_DAY;
        if (d.getSeconds() % SECONDS_PER_DAY != 0 || d.getNano() != 0) {
            days++;
        }
        return (int) Math.min(Integer.MAX_VALUE, days);
    }

    /**
     * The premium-time entries of SyncMusicPurchase (05 §4) and MusicPremiumTimeList (02 §6.8).
     * Free ({@link #isFreeForPremiumList}): every candidate with zero dates. Otherwise every candidate is
     * listed; songs in {@code acquired} get zero dates only while the pass type is not None, all others get the
     * pass expiry ({@code now} when the type is None) as day, month, year % 1000, hour, minute of its UTC
     * wall-clock time.
     *
     * @param purchasable     music ids marked purchasable (premium O2Cash or Gem price &gt; 0), music-list order
     * @param globalFreeMusic the global {@code Game.FreeMusic} option
     * @param pass            the freshly read pass (from {@link #read}, so None carries {@code now})
     * @param acquired        the player's acquired music ids
     * @return one entry per candidate, same order
     */
    public static List<MusicPremiumEntry> premiumEntries(
            List<Integer> purchasable, boolean globalFreeMusic, FreePass pass, Set<Integer> acquired) {
        List<MusicPremiumEntry> out = new ArrayList<>(purchasable.size());
        boolean free = isFreeForPremiumList(globalFreeMusic, pass);
        Set<Integer> owned = pass.hasType() ? acquired : Set.of();
        LocalDateTime expiry = LocalDateTime.ofInstant(pass.expiry(), ZoneOffset.UTC);
        for (int musicId : purchasable) {
            if (free || owned.contains(musicId)) {
                out.add(MusicPremiumEntry.unlimited(musicId));
            } else {
                out.add(MusicPremiumEntry.expiringAt(musicId, expiry));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
