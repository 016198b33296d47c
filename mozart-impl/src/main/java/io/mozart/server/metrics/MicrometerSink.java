package io.mozart.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.mozart.api.metrics.MetricsSink;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Binds a server's meters to a Micrometer {@link MeterRegistry}:
 * {@code MozartServer.builder().metrics(new MicrometerSink(registry))}. Needs {@code io.micrometer:micrometer-core}
 * on the class path (an optional dependency of mozart-impl). JVM meters are the registry owner's business
 * (Micrometer's {@code JvmMemoryMetrics}, {@code JvmGcMetrics}, …; the launcher binds them).
 */
public final class MicrometerSink implements MetricsSink {

    private final MeterRegistry registry;
    /** Micrometer holds function counters' state weakly: the sink keeps the suppliers alive. */
    private final List<Object> suppliers = new CopyOnWriteArrayList<>();

    /**
     * @param registry where the meters go
     */
    public MicrometerSink(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** @return the registry */
    public MeterRegistry registry() {
        return registry;
    }

    @Override
    public void gauge(String name, String description, Map<String, String> tags, DoubleSupplier value) {
        suppliers.add(value);
        Gauge.builder(name, value::getAsDouble)
                .strongReference(true)
                .description(description)
                .tags(tags(tags))
                .register(registry);
    }

    @Override
    public void functionCounter(String name, String description, Map<String, String> tags, LongSupplier value) {
        suppliers.add(value);
        FunctionCounter.builder(name, value, LongSupplier::getAsLong)
                .description(description)
                .tags(tags(tags))
                .register(registry);
    }

    @Override
    public MetricsSink.Counter counter(String name, String description, Map<String, String> tags) {
        io.micrometer.core.instrument.Counter counter = io.micrometer.core.instrument.Counter.builder(name)
                .description(description)
                .tags(tags(tags))
                .register(registry);
        return counter::increment;
    }

    @Override
    public MetricsSink.Timer timer(String name, String description, Map<String, String> tags) {
        io.micrometer.core.instrument.Timer timer = io.micrometer.core.instrument.Timer.builder(name)
                .description(description)
                .tags(tags(tags))
                .register(registry);
        return nanos -> timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Tags tags(Map<String, String> tags) {
        Tags out = Tags.empty();
        for (Map.Entry<String, String> e : tags.entrySet()) {
            out = out.and(e.getKey(), e.getValue());
        }
        return out;
    }
}
