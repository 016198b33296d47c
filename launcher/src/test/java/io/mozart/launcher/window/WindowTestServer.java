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

    private WindowTestServer() {}

    /** @return a freshly started server (close it) */
    static RunningServer start() {
        try {
            return start(Files.createTempDirectory("mozart-window"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dir the application and working directory: mozart.ini is remembered there, and the catalogue files
     *            ({@code OJNList.dat}, ...) are imported there
     * @return a freshly started server (close it)
     */
    static RunningServer start(Path dir) {
        return start(dir, "--Db:Driver=Memory");
    }

    /**
     * @param dir   the application and working directory
     * @param extra more configuration overrides (another {@code Db:Driver}, say)
     * @return a freshly started server on a free loopback port (close it)
     */
    static RunningServer start(Path dir, String... extra) {
        final String[] args = new String[extra.length + 1];
        args[0] = "--Server:Port=0";
        System.arraycopy(extra, 0, args, 1, extra.length);
        final ConfigLoader.Loaded loaded = ConfigLoader.load(args, dir, dir);
        return ServerLauncher.start(
                loaded.config(),
                new PrintStream(OutputStream.nullOutputStream()),
                "./mozart",
                dir.resolve(ConfigLoader.MOZART_INI));
    }
}
