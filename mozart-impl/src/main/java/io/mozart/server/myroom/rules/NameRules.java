package io.mozart.server.myroom.rules;

/**
 * Nickname rules for CheckName (05 §6.4), ChangeName (05 §6.3) and CheckGiftFreePass (05 §5).
 *
 * <p>The reference enforces nothing in the handler: the only guard is the unique, 50-character nickname
 * column, and lookups use SQL {@code LIKE} (so {@code %} and {@code _} are wildcards). Mozart diverges on the
 * server side only (see the report / docs/compatibility.md): names are stored stripped of surrounding
 * whitespace, must be 1–20 characters (the registration limit of usernames, which are the initial nicknames)
 * without control characters, and compare case-insensitively for ASCII letters with no wildcards — the same
 * rule for CheckName, CheckGiftFreePass and ChangeName's uniqueness check (docs/compatibility.md E8, E9).
 */
public final class NameRules {

    /**
     * Longest nickname accepted by ChangeName, in characters: 20, like a username at registration (a new
     * character's nickname is its username). The storage column would hold 50.
     */
    public static final int MAX_LENGTH = 20;

    private NameRules() {}

    /** Why a requested nickname is refused. */
    public enum Verdict {
        /** Acceptable. */
        VALID,
        /** Empty after stripping surrounding whitespace. */
        EMPTY,
        /** Longer than {@link #MAX_LENGTH} characters after stripping. */
        TOO_LONG,
        /** Contains a control character (including U+0000) or an unpaired surrogate. */
        ILLEGAL_CHARACTER
    }

    /**
     * What is stored: the requested name without surrounding whitespace (the reference column trims on write).
     *
     * @param name requested name
     * @return the stored form
     */
    public static String normalize(String name) {
        return name.strip();
    }

    /**
     * Validates a requested nickname (Mozart's rule; the reference has none).
     *
     * @param name the requested name, as received
     * @return the verdict
     */
    public static Verdict validate(String name) {
        String n = normalize(name);
        if (n.isEmpty()) {
            return Verdict.EMPTY;
        }
        if (n.codePointCount(0, n.length()) > MAX_LENGTH) {
            return Verdict.TOO_LONG;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isISOControl(c)) {
                return Verdict.ILLEGAL_CHARACTER;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n.length() || !Character.isLowSurrogate(n.charAt(i + 1))) {
                    return Verdict.ILLEGAL_CHARACTER;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Verdict.ILLEGAL_CHARACTER;
            }
        }
        return Verdict.VALID;
    }

    /**
     * The key two nicknames are compared by: stripped, ASCII letters lower-cased (SQLite's {@code LIKE} folds
     * ASCII only), no wildcard meaning for {@code %} or {@code _}.
     *
     * @param name a nickname or a looked-up pattern
     * @return the comparison key
     */
    public static String lookupKey(String name) {
        return asciiLower(normalize(name));
    }

    /**
     * @param a a nickname
     * @param b another nickname
     * @return whether they name the same player under {@link #lookupKey}
     */
    public static boolean sameNickname(String a, String b) {
        return lookupKey(a).equals(lookupKey(b));
    }

    /**
     * The reference's {@code LIKE} match, for documentation and tests of the divergence: {@code %} matches any
     * run, {@code _} any one character, ASCII case-insensitive, pattern stripped first. Mozart does not use it.
     *
     * @param pattern the request's name
     * @param stored  a stored nickname
     * @return whether the reference would report a match
     */
    public static boolean referenceLikeMatches(String pattern, String stored) {
        return like(lookupKey(pattern), 0, asciiLower(stored), 0);
    }

    private static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    private static boolean like(String p, int patternStart, String s, int textStart) {
        int pi = patternStart;
        int si = textStart;
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '%') {
                for (int k = si; k <= s.length(); k++) {
                    if (like(p, pi + 1, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || (c != '_' && c != s.charAt(si))) {
                return false;
            }
            pi++;
            si++;
        }
        return si == s.length();
    }
}
