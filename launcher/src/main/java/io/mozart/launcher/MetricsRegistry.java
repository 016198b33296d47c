package io.mozart.launcher;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.jmx.JmxConfig;
import io.micrometer.jmx.JmxMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mozart.api.metrics.MetricsSink;
import io.mozart.launcher.config.MetricsConfig;
import io.mozart.server.metrics.MicrometerSink;

/**
 * The launcher's Micrometer registries: Prometheus (served at {@code GET /metrics} on the HTTP API) and, with
 * {@code Metrics:Jmx}, JMX (domain {@value #JMX_DOMAIN}), both fed through one composite registry with the server's
 * meters and the JVM's (memory, GC, threads, class loading, CPU, uptime, file descriptors). Closing it unregisters
 * the MBeans.
 */
public final class MetricsRegistry implements AutoCloseable {

    /** The JMX domain the MBeans are registered under. */
    public static final String JMX_DOMAIN = "mozart";

    /** Name of the per-request handler timers, which only Prometheus gets. */
    static final String HANDLER_TIMERS = "mozart.handler";

    private final CompositeMeterRegistry composite = new CompositeMeterRegistry();
    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JmxMeterRegistry jmx;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /**
     * @param config the {@code [Metrics]} section; must be enabled
     */
    public MetricsRegistry(MetricsConfig config) {
        composite.add(prometheus);
        if (config.jmx()) {
            jmx = new JmxMeterRegistry(
                    new JmxConfig() {
                        @Override
                        public String get(String key) {
                            return null;
                        }

                        @Override
                        public String domain() {
                            return JMX_DOMAIN;
                        }
                    },
                    Clock.SYSTEM);
            // The per-request handler timers stay out of JMX: its Dropwizard timers keep a decaying reservoir
            // (a concurrent skip list) per timer, which cost about 6% of the I/O threads' samples in the stats
            // relay (docs/performance.md); Prometheus has them.
            jmx.config().meterFilter(MeterFilter.denyNameStartsWith(HANDLER_TIMERS));
            composite.add(jmx);
        } else {
            jmx = null;
        }
        new JvmMemoryMetrics().bindTo(composite);
        gc.bindTo(composite);
        new JvmThreadMetrics().bindTo(composite);
        new ClassLoaderMetrics().bindTo(composite);
        new ProcessorMetrics().bindTo(composite);
        new UptimeMetrics().bindTo(composite);
        new FileDescriptorMetrics().bindTo(composite);
    }

    /** @return the registry the server's meters go to */
    public MeterRegistry registry() {
        return composite;
    }

    /** @return the sink to hand to the server */
    public MetricsSink sink() {
        return new MicrometerSink(composite);
    }

    /** @return every meter in Prometheus text format */
    public String scrape() {
        return prometheus.scrape();
    }

    @Override
    public void close() {
        gc.close();
        composite.close();
        prometheus.close();
        if (jmx != null) {
            jmx.close();
        }
    }
}
