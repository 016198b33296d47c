package io.mozart.api.spi;

import io.mozart.api.MozartServer;

/**
 * Service-provider interface through which {@link MozartServer#builder()} finds the implementation
 * ({@code mozart-impl} registers one in {@code META-INF/services}). Embedders do not call this.
 */
public interface MozartServerProvider {

    /**
     * Starts a server.
     *
     * @param settings what the embedder configured
     * @return the running server
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    MozartServer start(MozartServer.Settings settings);
}
