package io.mozart.server.storage.jdbi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The reference's DateTime text (spec 06 §1.2): {@code yyyy-MM-dd HH:mm:ss.FFFFFFF} in UTC, the
 * fraction with trailing zeros removed and the dot omitted when it is zero. Reading also accepts
 * SQLite's {@code CURRENT_TIMESTAMP} form and a {@code T} separator.
 */
public final class SqlDateTime {

    /** The reference's "no date" value, written where it would have written {@code default(DateTime)}. */
    public static final String MIN_VALUE = "0001-01-01 00:00:00";
    /** {@link #MIN_VALUE} as a time: what the storage binds for "no date". */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

    private static final DateTimeFormatter BASE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private SqlDateTime() {}

    /**
     * @param instant a time
     * @return its stored text
     */
    @SuppressWarnings("JavaLocalDateTimeGetNano") // only the fraction of the second is wanted here
    public static String format(Instant instant) {
        final LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        final String base = BASE.format(t);
        final int ticks = t.getNano() / 100;
        if (ticks == 0) {
            return base;
        }
        String frac = String.format("%07d", ticks);
        int end = frac.length();
        while (frac.charAt(end - 1) == '0') {
            end--;
        }
        return base + "." + frac.substring(0, end);
    }

    /**
     * @param instant a time or null
     * @return its stored text, {@link #MIN_VALUE} for null
     */
    public static String formatOrMin(Instant instant) {
        return instant == null ? MIN_VALUE : format(instant);
    }

    /**
     * @param text stored text, may be null
     * @return the time (UTC), null for null
     * @throws IllegalArgumentException when the text is not a date
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        final String s = text.strip().replace('T', ' ');
        try {
            final int dot = s.indexOf('.');
            final LocalDateTime base = LocalDateTime.parse(dot < 0 ? s : s.substring(0, dot), BASE);
            int nanos = 0;
            if (dot >= 0) {
                String digits = s.substring(dot + 1);
                if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException("bad fraction in date '" + text + "'");
                }
                nanos = Integer.parseInt((digits + "000000000").substring(0, 9));
            }
            return base.withNano(nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + text + "'", e);
        }
    }

    /**
     * @param text stored text, may be null
     * @return the time, or null for null and for {@link #MIN_VALUE} ("no date")
     */
    public static Instant parseOrNull(String text) {
        return orNull(parse(text));
    }

    /**
     * @param instant a stored time, may be null
     * @return the time, or null for null and for {@link #MIN_INSTANT} ("no date")
     */
    public static Instant orNull(Instant instant) {
        return instant == null || instant.equals(MIN_INSTANT) ? null : instant;
    }
}
