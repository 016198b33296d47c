package io.mozart.server.auth;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Session tokens (spec 06 §2.3): a random v4 GUID as 32 uppercase hex digits. */
public final class Tokens {

    private static final Pattern HEX32 = Pattern.compile("[0-9A-Fa-f]{32}");
    private static final Pattern DASHED =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private Tokens() {}

    /**
     * @return a new token (from {@link UUID#randomUUID()}, a CSPRNG)
     */
    public static String newToken() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether a string parses as a GUID in one of the usual text forms: 32 hex digits, hyphenated,
     * or hyphenated in braces or parentheses (surrounding whitespace ignored).
     *
     * @param text candidate
     * @return whether it is a GUID
     */
    public static boolean isGuid(String text) {
        final String s = text.strip();
        if (HEX32.matcher(s).matches() || DASHED.matcher(s).matches()) {
            return true;
        }
        if (s.length() == 38) {
            final char open = s.charAt(0);
            final char close = s.charAt(37);
            if ((open == '{' && close == '}') || (open == '(' && close == ')')) {
                return DASHED.matcher(s.substring(1, 37)).matches();
            }
        }
        return false;
    }
}
