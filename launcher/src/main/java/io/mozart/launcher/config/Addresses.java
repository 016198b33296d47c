package io.mozart.launcher.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Literal IP addresses without any name lookup. */
public final class Addresses {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");

    private Addresses() {}

    /**
     * @param text candidate address
     * @return whether it is a literal IPv4 dotted quad or an IPv6 address
     */
    static boolean isLiteral(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (!text.contains(":") || !IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        try {
            // A string containing ':' is parsed as an IPv6 literal and never looked up.
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /**
     * @param text a literal address
     * @return whether it is a wildcard ({@code 0.0.0.0}, {@code ::}): listen on every interface
     */
    public static boolean isWildcard(String text) {
        return isLiteral(text) && literal(text).isAnyLocalAddress();
    }

    /**
     * @param text a literal address (checked by {@link #isLiteral})
     * @return the address object
     */
    static InetAddress literal(String text) {
        if (!isLiteral(text)) {
            throw new IllegalArgumentException("not a literal IP address: " + text);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a literal IP address: " + text, e);
        }
    }
}
