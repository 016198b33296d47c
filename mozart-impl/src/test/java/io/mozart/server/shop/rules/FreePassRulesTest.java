package io.mozart.server.shop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.server.protocol.common.MusicPremiumEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Free-pass computations of spec 05 §3–§5 and §9.8.
 */
class FreePassRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest(name = "vip {0}, expiry {1} → type {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "0, 2026-04-01T00:00:00Z, 0", "1, 2026-04-01T00:00:00Z, 1", "64, 2026-04-01T00:00:00Z, 64",
                "4160, 2026-04-01T00:00:00Z, 64", "64, 2026-03-01T12:00:00Z, 0", "64, 2026-02-01T00:00:00Z, 0",
                "64, null, 0", "4096, 2026-04-01T00:00:00Z, 0"
            })
    void readingThePass(int vip, String expiry, int type) {
        Instant vipdate = expiry == null ? null : Instant.parse(expiry);
        FreePass pass = FreePassRules.read(vip, vipdate, NOW);
        assertEquals(type, pass.type());
        assertEquals(type == 0 ? NOW : vipdate, pass.expiry(), "an inactive pass reads as {None, now}");
    }

    @ParameterizedTest(name = "vip {0}, expiry {1} → starter {2}")
    @CsvSource({
        "4096, 2026-04-01T00:00:00Z, true",
        "4160, 2026-04-01T00:00:00Z, true",
        "64, 2026-04-01T00:00:00Z, false",
        "4096, 2026-01-01T00:00:00Z, false"
    })
    void starterPass(int vip, String expiry, boolean active) {
        assertEquals(active, FreePassRules.starterPassActive(vip, Instant.parse(expiry), NOW));
    }

    @ParameterizedTest(name = "vip {0} with type {1} → {2}")
    @CsvSource({"4096, 64, 4160", "4160, 0, 4096", "64, 8, 8", "0, 1056, 1056"})
    void writingAPassKeepsTheStarterBit(int vip, int type, int after) {
        assertEquals(after, FreePassRules.withPassType(vip, type));
    }

    @ParameterizedTest(name = "freeMusic {0}, type {1}, expiry {2} → reported {3}, remaining {4}s, seconds {5}")
    @CsvSource({
        "true, 64, 2026-03-31T12:00:00Z, 1, 0, 0",
        "true, 0, 2026-03-01T12:00:00Z, 1, 0, 0",
        "false, 0, 2026-03-01T12:00:00Z, 0, 0, 0",
        "false, 64, 2026-03-31T12:00:00Z, 64, 2592000, 2592000",
        "false, 1, 2026-03-01T17:00:00Z, 1, 18000, 18000"
    })
    void syncFreePassValues(boolean freeMusic, int type, String expiry, long reported, long remaining, int seconds) {
        FreePass pass = new FreePass(type, Instant.parse(expiry));
        assertEquals(reported, FreePassRules.reportedType(freeMusic, pass));
        Duration d = FreePassRules.remaining(freeMusic, pass, NOW);
        assertEquals(Duration.ofSeconds(remaining), d);
        assertEquals(seconds, FreePassRules.remainingSeconds(d));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PT1.9S, 1", "PT-1.9S, -1", "PT0.5S, 0", "PT-0.5S, 0", "PT0S, 0", "P30000D, 2147483647"})
    void remainingSecondsTruncateTowardZero(String duration, int seconds) {
        assertEquals(seconds, FreePassRules.remainingSeconds(Duration.parse(duration)));
    }

    @ParameterizedTest(name = "cached {0}@{1}, fresh {2}@{3} → {4} days")
    @CsvSource({
        "0, 2026-03-01T00:00:00Z, 0, 2026-03-01T12:00:00Z, 0",
        "0, 2026-03-01T12:00:00Z, 64, 2026-03-31T12:00:00Z, 30",
        "0, 2026-03-01T11:00:00Z, 64, 2026-03-31T12:00:00Z, 31",
        "64, 2026-03-31T12:00:00Z, 64, 2026-03-31T12:00:00Z, 0",
        "64, 2026-03-31T12:00:00Z, 64, 2026-04-30T12:00:00.001Z, 31",
        "64, 2026-03-31T12:00:00Z, 0, 2026-03-01T12:00:00Z, 30"
    })
    void extensionDaysRoundUpAndAreNeverNegative(
            int cachedType, String cachedExpiry, int freshType, String freshExpiry, int days) {
        // 05 §3: ceil(|cachedPass.expiry − freshPass.expiry| in days) when either type is not None, else 0.
        assertEquals(
                days,
                FreePassRules.extensionDays(
                        new FreePass(cachedType, Instant.parse(cachedExpiry)),
                        new FreePass(freshType, Instant.parse(freshExpiry))));
    }

    @Test
    void premiumEntriesWhenFree() {
        // 05 §4: F = Game.FreeMusic OR type exactly AllMusic → every candidate with zero dates.
        FreePass none = FreePassRules.read(0, null, NOW);
        assertEquals(
                List.of(MusicPremiumEntry.unlimited(100), MusicPremiumEntry.unlimited(7)),
                FreePassRules.premiumEntries(List.of(100, 7), true, none, Set.of()));
        FreePass allMusic = new FreePass(1, Instant.parse("2026-12-31T23:59:00Z"));
        assertTrue(FreePassRules.premiumEntries(List.of(100, 7), false, allMusic, Set.of()).stream()
                .allMatch(MusicPremiumEntry::isUnlimited));
    }

    @Test
    void premiumEntriesWithATimedPass() {
        // Acquired songs get zero dates while a pass is active; all others get the expiry (02 §7 example bytes:
        // music 100 expiring 31/12/2026 23:59 → 64 00 1F 0C 1A 17 3B).
        FreePass premium = new FreePass(64, Instant.parse("2026-12-31T23:59:30Z"));
        assertEquals(
                List.of(new MusicPremiumEntry(100, 31, 12, 26, 23, 59), MusicPremiumEntry.unlimited(7)),
                FreePassRules.premiumEntries(List.of(100, 7), false, premium, Set.of(7)));
    }

    @Test
    void premiumEntriesWithoutAPassExpireNowAndIgnoreOwnership() {
        // 05 §4 oddity: without a pass every purchasable song is listed with "expires now", owned ones too.
        FreePass none = FreePassRules.read(0, null, NOW);
        assertEquals(
                List.of(new MusicPremiumEntry(7, 1, 3, 26, 12, 0)),
                FreePassRules.premiumEntries(List.of(7), false, none, Set.of(7)));
    }

    @Test
    void farFutureYearsWrapInTheYearByte() {
        // Assumption documented on MusicPremiumEntry.expiringAt: (byte) (year % 1000).
        assertEquals(
                231,
                MusicPremiumEntry.expiringAt(1, LocalDateTime.of(9999, 12, 31, 0, 0))
                        .year());
        assertEquals(
                99,
                MusicPremiumEntry.expiringAt(1, LocalDateTime.of(2099, 1, 1, 0, 0))
                        .year());
        assertFalse(MusicPremiumEntry.expiringAt(1, LocalDateTime.of(2000, 1, 1, 0, 0))
                .isUnlimited());
    }
}
