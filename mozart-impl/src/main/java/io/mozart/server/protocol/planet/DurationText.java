package io.mozart.server.protocol.planet;

import java.time.Duration;

/** The TimeSpan text rule of spec 01 §4.2 (the .NET "constant" format): {@code [-][d.]hh:mm:ss[.fffffff]}. */
public final class DurationText {
    /** 100-ns ticks per second. */
    public static final long TICKS_PER_SECOND = 10_000_000L;

    private static final long TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
    private static final long TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
    private static final long TICKS_PER_DAY = 24 * TICKS_PER_HOUR;

    private DurationText() {}

    /** Converts a duration to 100-ns ticks, truncating toward zero and saturating at the {@code long} range. */
    public static long ticks(Duration duration) {
        boolean negative = duration.isNegative();
        Duration magnitude = negative ? duration.negated() : duration;
        long ticks;
        try {
            ticks = Math.addExact(
                    Math.multiplyExact(magnitude.getSeconds(), TICKS_PER_SECOND), magnitude.getNano() / 100);
        } catch (ArithmeticException overflow) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -ticks : ticks;
    }

    public static String format(Duration duration) {
        return formatTicks(ticks(duration));
    }

    /** Formats a signed count of 100-ns ticks (the full {@code long} range, {@link Long#MIN_VALUE} included). */
    public static String formatTicks(long ticks) {
        StringBuilder sb = new StringBuilder(26);
        // Unsigned magnitude: -Long.MIN_VALUE is 2^63 when read as unsigned.
        long mag = ticks;
        if (ticks < 0) {
            sb.append('-');
            mag = -ticks;
        }
        long days = Long.divideUnsigned(mag, TICKS_PER_DAY);
        long rest = Long.remainderUnsigned(mag, TICKS_PER_DAY);
        if (days != 0) {
            sb.append(Long.toUnsignedString(days)).append('.');
        }
        two(sb, rest / TICKS_PER_HOUR);
        sb.append(':');
        two(sb, rest / TICKS_PER_MINUTE % 60);
        sb.append(':');
        two(sb, rest / TICKS_PER_SECOND % 60);
        long frac = rest % TICKS_PER_SECOND;
        if (frac != 0) {
            String digits = Long.toString(frac);
            sb.append('.');
            for (int i = digits.length(); i < 7; i++) {
                sb.append('0');
            }
            sb.append(digits);
        }
        return sb.toString();
    }

    /** The pass-duration text of AuthResponse (spec 01 §4.2): {@code ""} when the duration is exactly zero. */
    public static String passText(Duration duration) {
        long t = ticks(duration);
        return t == 0 ? "" : formatTicks(t);
    }

    private static void two(StringBuilder sb, long v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
