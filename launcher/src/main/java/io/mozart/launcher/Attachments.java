package io.mozart.launcher;

import io.mozart.launcher.config.HttpConfig;
import io.mozart.launcher.window.ServerControl;
import io.mozart.server.auth.AuthService;

/**
 * The parts that run next to the game server but are not the game server: the HTTP API ({@code Http:Enabled},
 * spec 06 §6) and the desktop window (when started without a console). {@link ServerLauncher} calls them;
 * {@link StandardAttachments} is what {@code mozart.jar} uses.
 */
public interface Attachments {

    /** @return whether this build contains the HTTP API; when not, {@code Http:Enabled=true} is refused */
    boolean httpAvailable();

    /**
     * Starts the HTTP API.
     *
     * @param config the {@code [Http]} section
     * @param auth   the running server's auth service (register and authenticate)
     * @return the running API; closed when the server stops
     * @throws Exception when it cannot start (the port is taken, ...)
     */
    AutoCloseable startHttp(HttpConfig config, AuthService auth) throws Exception;

    /**
     * Opens the desktop window over the running server, when this build has one.
     *
     * @param control what the window may see and do
     * @return whether a window was opened
     */
    boolean openWindow(ServerControl control);
}
