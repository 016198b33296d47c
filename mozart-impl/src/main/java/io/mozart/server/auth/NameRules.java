package io.mozart.server.auth;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a player's name may look like, so that one player cannot pass for another (issue 15): a name is
 * normalised to Unicode NFC, and refused when it holds an invisible, format, control, private-use or
 * unassigned character (zero-width space, joiners, fillers, variation selectors, bidirectional marks),
 * whitespace other than the plain space, or letters of scripts that do not belong together (Latin mixed with
 * Cyrillic or Greek, as in {@code аlice} with a Cyrillic {@code а}). Allowed mixes follow UTS #39's "highly
 * restrictive" level: one script, or Latin with Han and Hiragana/Katakana, with Han and Bopomofo, or with Han
 * and Hangul. Digits, punctuation and symbols (script Common) go with any script.
 */
public final class NameRules {

    private static final List<Set<UnicodeScript>> MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    private NameRules() {}

    /**
     * @param name a name as received
     * @return the name in NFC
     */
    public static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /**
     * @param name a name, already {@link #normalise normalised}
     * @return why the name is refused, empty when it is acceptable; the reason names the character by its
     *         code point ({@code U+200B}) so that an invisible one can be found
     */
    public static Optional<String> problem(String name) {
        final EnumSet<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < name.length(); ) {
            final int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (invisible(cp)) {
                return Optional.of("must not contain invisible, control or format characters (found "
                        + String.format("U+%04X", cp) + ")");
            }
            final UnicodeScript script = UnicodeScript.of(cp);
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                scripts.add(script);
            }
        }
        if (scripts.size() > 1 && MIXES.stream().noneMatch(m -> m.containsAll(scripts))) {
            return Optional.of("must not mix letters of different scripts ("
                    + scripts.stream()
                            .map(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT))
                            .sorted()
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("")
                    + ")");
        }
        return Optional.empty();
    }

    private static boolean invisible(int cp) {
        if (cp == ' ') {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> {
                return true;
            }
            default -> {
                // Default-ignorable or blank-looking characters that Unicode files as letters or marks.
                return cp == 0x034F
                        || cp == 0x115F
                        || cp == 0x1160
                        || cp == 0x17B4
                        || cp == 0x17B5
                        || (cp >= 0x180B && cp <= 0x180F)
                        || cp == 0x2800
                        || cp == 0x3164
                        || cp == 0xFFA0
                        || (cp >= 0xFE00 && cp <= 0xFE0F)
                        || (cp >= 0xE0100 && cp <= 0xE01EF);
            }
        }
    }
}
