package io.mozart.server.protocol.common;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the nested structures of spec 05 §2 shared with 02, and the text generator used by the shop,
 * charge, my-room and cluster arbitraries.
 */
public final class SharedEntryArbitraries {

    private SharedEntryArbitraries() {}

    /**
     * Text without U+0000 and without unpaired surrogates: ASCII letters, digits, spaces, punctuation
     * (including the LIKE wildcards) and Hangul syllables (3 UTF-8 bytes each).
     *
     * @param maxChars maximum length in chars (a Hangul char is 3 bytes)
     * @return the arbitrary
     */
    public static Arbitrary<String> text(int maxChars) {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" _%-.!?'")
                .withCharRange('가', '힣')
                .ofMaxLength(maxChars);
    }

    /** @return AttributiveItemEntry values */
    public static Arbitrary<AttributiveItemEntry> attributiveItemEntry() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers())
                .as(AttributiveItemEntry::new);
    }

    /** @return GiftItemEntry values */
    public static Arbitrary<GiftItemEntry> giftItemEntry() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), text(50))
                .as(GiftItemEntry::new);
    }

    /** @return GiftMusicEntry values */
    public static Arbitrary<GiftMusicEntry> giftMusicEntry() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), text(50))
                .as(GiftMusicEntry::new);
    }

    /** @return MusicPremiumEntry values over the whole wire range */
    public static Arbitrary<MusicPremiumEntry> musicPremiumEntry() {
        Arbitrary<Integer> u8 = Arbitraries.integers().between(0, 255);
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), u8, u8, u8, u8, u8)
                .as(MusicPremiumEntry::new);
    }

    /**
     * A bag: 30, 60, … or 180 item ids (i16 ids widened to i32 in storage, but any i32 is accepted).
     *
     * @return the arbitrary
     */
    public static Arbitrary<List<Integer>> bag() {
        return Arbitraries.integers()
                .between(1, 6)
                .flatMap(n -> Arbitraries.oneOf(
                                Arbitraries.just(0),
                                Arbitraries.integers().between(-32768, 32767),
                                Arbitraries.integers())
                        .list()
                        .ofSize(30 * n));
    }

    /**
     * Attributive entries that fit a bag of the given size.
     *
     * @param bagSize the bag's capacity
     * @return the arbitrary
     */
    public static Arbitrary<List<AttributiveItemEntry>> attributiveFor(int bagSize) {
        return attributiveItemEntry().list().ofMaxSize(Math.min(bagSize, 40));
    }

    /** @return the nested structures by class, for their own round-trip property */
    public static Map<Class<?>, Arbitrary<?>> all() {
        return Map.of(
                AttributiveItemEntry.class, attributiveItemEntry(),
                GiftItemEntry.class, giftItemEntry(),
                GiftMusicEntry.class, giftMusicEntry(),
                MusicPremiumEntry.class, musicPremiumEntry());
    }
}
