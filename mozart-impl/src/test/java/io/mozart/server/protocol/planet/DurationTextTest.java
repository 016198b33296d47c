package io.mozart.server.protocol.planet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The TimeSpan text rule of spec 01 §4.2 and the expiry-seconds rule of 01 §1.8. */
class DurationTextTest {

    private static final Pattern SHAPE =
            Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{7}))?");

    @Example
    void specExamples() {
        assertEquals("1.02:03:04.5000000", DurationText.format(Duration.parse("P1DT2H3M4.5S")));
        assertEquals("01:30:00", DurationText.format(Duration.ofMinutes(90)));
        assertEquals("-01:30:00", DurationText.format(Duration.ofMinutes(-90)));
        assertEquals(
                "1.00:00:00.5000000", DurationText.format(Duration.ofDays(1).plusMillis(500)));
    }

    @Example
    void edges() {
        assertEquals("00:00:00", DurationText.format(Duration.ZERO));
        assertEquals("", DurationText.passText(Duration.ZERO));
        assertEquals("", DurationText.passText(Duration.ofNanos(99)));
        assertEquals("00:00:00.0000001", DurationText.format(Duration.ofNanos(100)));
        assertEquals("-00:00:00.0000001", DurationText.format(Duration.ofNanos(-199)));
        assertEquals("10675199.02:48:05.4775807", DurationText.formatTicks(Long.MAX_VALUE));
        assertEquals("-10675199.02:48:05.4775808", DurationText.formatTicks(Long.MIN_VALUE));
        assertEquals("23:59:59.9999999", DurationText.formatTicks(864_000_000_000L - 1));
        assertEquals("1.00:00:00", DurationText.formatTicks(864_000_000_000L));
    }

    @Property(tries = 2000)
    void textReadsBackToTheSameTicks(@ForAll long ticks) {
        String text = DurationText.formatTicks(ticks);
        Matcher m = SHAPE.matcher(text);
        assertTrue(m.matches(), text);
        long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        assertTrue(days != 0 || m.group(2) == null, "zero days are not written: " + text);
        int hours = Integer.parseInt(m.group(3));
        int minutes = Integer.parseInt(m.group(4));
        int seconds = Integer.parseInt(m.group(5));
        assertTrue(hours < 24 && minutes < 60 && seconds < 60, text);
        long frac = m.group(6) == null ? 0 : Long.parseLong(m.group(6));
        assertTrue(frac != 0 || m.group(6) == null, "a zero fraction is not written: " + text);
        // Rebuild the magnitude with wrap-around arithmetic; equal bits prove the text is exact.
        long magnitude = days * 864_000_000_000L
                + hours * 36_000_000_000L
                + minutes * 600_000_000L
                + seconds * 10_000_000L
                + frac;
        assertEquals(ticks, m.group(1) == null ? magnitude : -magnitude, text);
        assertEquals(ticks < 0, m.group(1) != null, text);
    }

    @Property(tries = 1000)
    void durationTicksTruncateTowardZero(@ForAll long seconds, @ForAll int nanosRaw) {
        long secs = seconds % 10_000_000_000L;
        int nanos = Math.floorMod(nanosRaw, 1_000_000_000);
        Duration d = Duration.ofSeconds(secs, nanos);
        long ticks = DurationText.ticks(d);
        long expected = secs * 10_000_000L + nanos / 100;
        if (d.isNegative()) {
            Duration mag = d.negated();
            expected = -(mag.getSeconds() * 10_000_000L + mag.getNano() / 100);
        }
        assertEquals(expected, ticks);
    }

    @Example
    void expirySeconds() {
        assertEquals(5400, ExpirySeconds.toWire(Duration.ofMinutes(90).plusMillis(999)));
        assertEquals(-1, ExpirySeconds.toWire(Duration.ofMillis(-1500)));
        assertEquals(0, ExpirySeconds.toWire(Duration.ofMillis(-999)));
        assertEquals(Integer.MAX_VALUE, ExpirySeconds.toWire(Duration.ofDays(100_000)));
        assertEquals(Integer.MIN_VALUE, ExpirySeconds.toWire(Duration.ofDays(-100_000)));
    }

    @Property(tries = 1000)
    void expirySecondsTruncateTowardZero(@ForAll int millis) {
        assertEquals(millis / 1000, ExpirySeconds.toWire(Duration.ofMillis(millis)));
    }
}
