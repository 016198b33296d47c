/**
 * The metrics hook: {@link io.mozart.api.metrics.MetricsSink}, which an embedder binds to Micrometer or any other
 * metrics library. No types of such a library appear here.
 */
package io.mozart.api.metrics;
