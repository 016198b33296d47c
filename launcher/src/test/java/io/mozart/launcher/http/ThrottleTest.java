package io.mozart.launcher.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets behind the HTTP API's 429 answers, on a hand-driven clock. */
class ThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenOneTokenPerIntervalWithAnHonestRetryAfter() {
        AtomicLong now = new AtomicLong(1_000 * SECOND);
        Throttle t = new Throttle(6, 2, now::get); // one token every 10 s, two at once
        assertEquals(0, t.take("a"));
        assertEquals(0, t.take("a"));
        assertEquals(10, t.take("a"), "empty: the next token is 10 s away");
        assertEquals(0, t.take("b"), "keys are independent");
        now.addAndGet(4 * SECOND);
        assertEquals(6, t.peek("a"));
        now.addAndGet(6 * SECOND);
        assertEquals(0, t.peek("a"), "peek takes nothing");
        assertEquals(0, t.take("a"));
        assertEquals(10, t.take("a"));
        now.addAndGet(60 * SECOND);
        assertEquals(0, t.take("a"));
        assertEquals(0, t.take("a"));
        assertTrue(t.take("a") > 0, "refill stops at the burst size");
    }

    @Test
    void zeroPerMinuteIsOff() {
        Throttle t = new Throttle(0, 1, () -> 0L);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, t.take("a"));
        }
    }
}
