package io.mozart.launcher.window;

import io.mozart.launcher.RunningServer;
import java.awt.Rectangle;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Throwaway program that produces {@code docs/window.png}; not a test, and nothing in the build runs it.
 * It starts a real {@code MozartServer} on a free loopback port with in-memory storage (through
 * {@link WindowTestServer}), opens the window over the captured standard streams, connects one TCP
 * client, types an account into the form and clicks "Create account" like a user, captures the window with
 * ImageMagick's {@code import}, then clicks "Stop server". Run it under {@code xvfb-run}; see docs/window.md.
 */
public final class WindowScreenshot {

    private WindowScreenshot() {
    }

    /**
     * @param args the PNG file to write
     * @throws Exception on any failure (the program is a tool, not a product)
     */
    public static void main(final String[] args) throws Exception {
        final Path out = Path.of(args.length > 0 ? args[0] : "docs/window.png").toAbsolutePath();
        final LogTail log = LogTail.captureStandardStreams();
        final RunningServer control = WindowTestServer.start();
        final ServerWindow window = ServerWindow.open(control, log);
        try (Socket client = new Socket(control.server().address(), control.server().port())) {
            WindowDriver.type("username", "alice");
            WindowDriver.type("password", "correct horse");
            WindowDriver.click("create");
            WindowDriver.waitFor("the tokens", () -> !WindowDriver.text("token").isEmpty(), 10);
            TimeUnit.MILLISECONDS.sleep(2500); // a status refresh and a log refresh after the account
            final Rectangle b = WindowDriver.onEdt(() -> WindowDriver.frame().getBounds());
            Files.createDirectories(out.getParent());
            final Process p = new ProcessBuilder("import", "-window", "root",
                    "-crop", b.width + "x" + b.height + "+" + b.x + "+" + b.y, "+repage", out.toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("import failed with exit code " + p.exitValue());
            }
            System.out.println("wrote " + out + " (" + b.width + "x" + b.height + ")");
        }
        WindowDriver.click("stop");
        window.awaitClosed();
    }
}
