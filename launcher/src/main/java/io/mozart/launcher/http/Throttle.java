package io.mozart.launcher.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a client IP, an account name): each key holds up to {@code burst} tokens and gets
 * {@code perMinute} back every minute, continuously. A request takes one token; an empty bucket says how many
 * whole seconds until the next token ({@code Retry-After}). Full buckets are forgotten when the map grows, so
 * memory stays bounded by the keys active within the last refill period.
 */
final class Throttle {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int SWEEP_AT = 10_000;

    private final int perMinute;
    private final int burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param perMinute tokens added per minute; 0 turns the throttle off
     * @param burst     bucket size, at least 1
     * @param nanoTime  monotonic clock in nanoseconds
     */
    Throttle(int perMinute, int burst, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** @return whether the throttle does anything */
    boolean enabled() {
        return perMinute > 0;
    }

    /**
     * Takes a token.
     *
     * @param key the key
     * @return 0 when a token was taken, else the seconds (at least 1) until one is available
     */
    long take(String key) {
        return enabled() ? bucket(key).take(nanoTime.getAsLong(), true) : 0;
    }

    /**
     * Looks without taking.
     *
     * @param key the key
     * @return 0 when a token is available, else the seconds (at least 1) until one is
     */
    long peek(String key) {
        return enabled() ? bucket(key).take(nanoTime.getAsLong(), false) : 0;
    }

    private Bucket bucket(String key) {
        if (buckets.size() > SWEEP_AT) {
            final long now = nanoTime.getAsLong();
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(nanoTime.getAsLong()));
    }

    /** One key's bucket; tokens are counted in nanoseconds of refill time to stay exact. */
    private final class Bucket {
        private final long interval = MINUTE_NANOS / perMinute;
        private long tokens = burst;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now, boolean consume) {
            refill(now);
            if (tokens > 0) {
                if (consume) {
                    tokens--;
                }
                return 0;
            }
            final long wait = interval - (now - updated);
            return Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            final long added = (now - updated) / interval;
            if (added > 0) {
                tokens = Math.min(burst, tokens + added);
                updated = tokens >= burst ? now : updated + added * interval;
            }
        }
    }
}
