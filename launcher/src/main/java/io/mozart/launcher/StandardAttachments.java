package io.mozart.launcher;

import io.mozart.launcher.config.HttpConfig;
import io.mozart.launcher.window.ServerControl;
import io.mozart.server.auth.AuthService;

/**
 * The HTTP API and desktop window of {@code mozart.jar}.
 *
 * <p>Integration seam: the HTTP API ({@code io.mozart.launcher.http.HttpApi}) and the window
 * ({@code io.mozart.launcher.window.ServerWindow}) are built on another branch. Until they are merged, this
 * build has neither: {@code Http:Enabled=true} is refused with exit code 2 and no window opens. Merging them
 * means changing exactly the three method bodies below to {@code return true;},
 * {@code return io.mozart.launcher.http.HttpApi.start(config, auth);} and
 * {@code io.mozart.launcher.window.ServerWindow.open(control); return true;}.
 */
public final class StandardAttachments implements Attachments {

    @Override
    public boolean httpAvailable() {
        return false;
    }

    @Override
    public AutoCloseable startHttp(final HttpConfig config, final AuthService auth) {
        throw new UnsupportedOperationException("this build has no HTTP API");
    }

    @Override
    public boolean openWindow(final ServerControl control) {
        return false;
    }
}
