package io.mozart.api.storage;

/**
 * Mozart's name comparison rule shared by every storage implementation: names are trimmed and
 * compared ASCII-case-insensitively ({@code A-Z} fold to {@code a-z}, nothing else folds, no
 * wildcards). The reference used SQL {@code LIKE} for "taken" checks (spec 06 §1.11); this is
 * the documented replacement.
 */
public final class Names {

    private Names() {}

    /**
     * @param name a user name or nickname
     * @return the comparison key: trimmed, ASCII letters lower-cased
     */
    public static String key(String name) {
        final String trimmed = name.strip();
        final StringBuilder sb = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            final char c = trimmed.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    /**
     * @param a one name
     * @param b another name
     * @return whether both are the same name under the rule
     */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
