package io.mozart.benchmarks;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A thread-safe latency histogram in microseconds: exact below 1,024 µs, then 64 buckets per power of two (a
 * bucket is at most 1/64 ≈ 1.6 % wide), up to about 2^40 µs. Records from any thread without locking.
 */
final class LatencyHistogram {

    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;
    private static final int LINEAR = 1024;
    private static final int LINEAR_BITS = 10;
    private static final int OCTAVES = 31;

    private final AtomicLongArray counts = new AtomicLongArray(LINEAR + OCTAVES * SUB);
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /** @param nanos one latency in nanoseconds (negative values count as 0) */
    void record(long nanos) {
        long micros = Math.max(0, nanos / 1000);
        counts.incrementAndGet(index(micros));
        total.incrementAndGet();
        max.accumulateAndGet(micros, Math::max);
    }

    private static int index(long micros) {
        if (micros < LINEAR) {
            return (int) micros;
        }
        int octave = 63 - Long.numberOfLeadingZeros(micros) - LINEAR_BITS;
        if (octave >= OCTAVES) {
            return LINEAR + OCTAVES * SUB - 1;
        }
        int sub = (int) (micros >>> (octave + LINEAR_BITS - SUB_BITS)) & (SUB - 1);
        return LINEAR + octave * SUB + sub;
    }

    /** @return the largest value of bucket {@code i}, in µs */
    private static long upperBound(int i) {
        if (i < LINEAR) {
            return i;
        }
        int octave = (i - LINEAR) / SUB;
        int sub = (i - LINEAR) % SUB;
        long base = 1L << (octave + LINEAR_BITS);
        long width = base >>> SUB_BITS;
        return base + (sub + 1) * width - 1;
    }

    /** @return how many values were recorded */
    long count() {
        return total.get();
    }

    /** @return the largest value recorded, in µs */
    long maxMicros() {
        return max.get();
    }

    /**
     * @param fraction 0..1, e.g. 0.99
     * @return the value below or at which that fraction of the records lie, in µs (bucket's upper bound, capped
     *     at the maximum); 0 when empty
     */
    long percentileMicros(double fraction) {
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * n));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperBound(i), max.get());
            }
        }
        return max.get();
    }
}
