package io.mozart.launcher.config;

/**
 * The {@code [Metrics]} section, Mozart's own.
 *
 * @param enabled {@code Metrics:Enabled}: collect metrics and serve them at {@code GET /metrics} on the HTTP API
 *                (when {@code Http:Enabled})
 * @param jmx     {@code Metrics:Jmx}: also publish them as JMX MBeans (domain {@code metrics})
 */
public record MetricsConfig(boolean enabled, boolean jmx) {

    /** Metrics and JMX on. */
    public static final MetricsConfig DEFAULTS = new MetricsConfig(true, true);
}
