package io.mozart.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void exactBelowOneMillisecond() {
        LatencyHistogram h = new LatencyHistogram();
        for (int us = 1; us <= 1000; us++) {
            h.record(us * 1000L);
        }
        assertEquals(1000, h.count());
        assertEquals(500, h.percentileMicros(0.5));
        assertEquals(990, h.percentileMicros(0.99));
        assertEquals(1000, h.percentileMicros(1.0));
        assertEquals(1000, h.maxMicros());
    }

    @Test
    void withinTwoPercentAbove() {
        LatencyHistogram h = new LatencyHistogram();
        for (int ms = 1; ms <= 5000; ms++) {
            h.record(ms * 1_000_000L);
        }
        long p50 = h.percentileMicros(0.5);
        long p99 = h.percentileMicros(0.99);
        assertTrue(p50 >= 2_500_000 && p50 <= 2_500_000 * 1.02, "p50 " + p50);
        assertTrue(p99 >= 4_950_000 && p99 <= 4_950_000 * 1.02, "p99 " + p99);
        assertEquals(5_000_000, h.maxMicros());
        assertEquals(5_000_000, h.percentileMicros(1.0));
    }

    @Test
    void emptyAndNegative() {
        LatencyHistogram h = new LatencyHistogram();
        assertEquals(0, h.percentileMicros(0.99));
        h.record(-5);
        assertEquals(1, h.count());
        assertEquals(0, h.percentileMicros(0.5));
    }
}
