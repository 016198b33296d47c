package io.mozart.launcher.window;

import io.mozart.launcher.RunningServer;
import io.mozart.launcher.ServerLauncher;
import io.mozart.launcher.config.ConfigLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's own {@link ServerControl} ({@link RunningServer}) over a server on a free loopback port with
 * in-memory storage, for the window's tests and the screenshot: the window is tested against the production
 * implementation, not a copy of it.
 */
final class WindowTestServer {

    private WindowTestServer() {
    }

    /** @return a freshly started server (close it) */
    static RunningServer start() {
        try {
            final Path dir = Files.createTempDirectory("mozart-window");
            final ConfigLoader.Loaded loaded = ConfigLoader.load(
                    new String[] {"--Server:Port=0", "--Db:Driver=Memory"}, dir, dir);
            return ServerLauncher.start(loaded.config(), new PrintStream(OutputStream.nullOutputStream()),
                    "./mozart");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
