package io.mozart.api.plugin;

import io.mozart.api.MozartServer;

/**
 * A plugin for the launcher: a jar in the {@code plugins/} folder next to {@code mozart.jar} that names
 * its implementation in {@code META-INF/services/io.mozart.api.plugin.MozartPlugin}. The launcher finds
 * it with {@link java.util.ServiceLoader} at start and calls {@link #configure} on the server builder
 * before the server starts, so a plugin can do what an embedder does: add handlers for new opcodes,
 * replace built-in ones, and listen to events.
 *
 * <p>An implementation needs a public no-argument constructor. A plugin that cannot be loaded or whose
 * {@code configure} throws stops the start with a message naming its jar.
 */
public interface MozartPlugin {

    /** @return a short name for the banner and the window (the class name by default) */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Adds the plugin's handlers and listeners.
     *
     * @param builder the server builder, before the server starts
     */
    void configure(MozartServer.Builder builder);
}
