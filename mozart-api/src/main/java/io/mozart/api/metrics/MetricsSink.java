package io.mozart.api.metrics;

import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Where a server registers its meters: the hook that binds Mozart to a metrics library. Pass one to
 * {@code MozartServer.builder().metrics(sink)}; the server registers every meter once, while it starts, and then
 * only increments counters and records timings (no allocation per packet).
 *
 * <p>Mozart ships a binding to Micrometer, {@code io.mozart.server.metrics.MicrometerSink} in {@code mozart-impl}
 * (add {@code io.micrometer:micrometer-core} to use it); for another library implement these four methods. Names are
 * dotted and unit-less in Micrometer's style ({@code mozart.frames.in}, {@code mozart.handler}); a Prometheus
 * registry shows them as {@code mozart_frames_in_total} and {@code mozart_handler_seconds}. The meters and their
 * tags are listed in docs/operations.md. A sink serves one server: tags carry no server name.
 */
public interface MetricsSink {

    /** A sink that registers nothing: the default. */
    MetricsSink NONE = new MetricsSink() {
        @Override
        public void gauge(String name, String description, Map<String, String> tags, DoubleSupplier value) {}

        @Override
        public void functionCounter(String name, String description, Map<String, String> tags, LongSupplier value) {}

        @Override
        public Counter counter(String name, String description, Map<String, String> tags) {
            return () -> {};
        }

        @Override
        public Timer timer(String name, String description, Map<String, String> tags) {
            return nanos -> {};
        }
    };

    /**
     * A value that goes up and down, read when the metrics are collected.
     *
     * @param name        dotted name
     * @param description one line for humans
     * @param tags        tag names to values, possibly empty
     * @param value       read on collection, from any thread
     */
    void gauge(String name, String description, Map<String, String> tags, DoubleSupplier value);

    /**
     * A count that only goes up, kept by the server and read when the metrics are collected.
     *
     * @param name        dotted name
     * @param description one line for humans
     * @param tags        tag names to values, possibly empty
     * @param value       read on collection, from any thread; never decreases
     */
    void functionCounter(String name, String description, Map<String, String> tags, LongSupplier value);

    /**
     * A count the server increments.
     *
     * @param name        dotted name
     * @param description one line for humans
     * @param tags        tag names to values, possibly empty
     * @return the counter; the server keeps it and calls {@link Counter#increment()} from any thread
     */
    Counter counter(String name, String description, Map<String, String> tags);

    /**
     * A latency the server records.
     *
     * @param name        dotted name
     * @param description one line for humans
     * @param tags        tag names to values, possibly empty
     * @return the timer; the server keeps it and calls {@link Timer#record(long)} from any thread
     */
    Timer timer(String name, String description, Map<String, String> tags);

    /** A counter handed out by a sink. */
    @FunctionalInterface
    interface Counter {
        /** Adds one. */
        void increment();
    }

    /** A timer handed out by a sink. */
    @FunctionalInterface
    interface Timer {
        /**
         * Records one duration.
         *
         * @param nanos the duration in nanoseconds
         */
        void record(long nanos);
    }
}
