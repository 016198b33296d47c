package io.mozart.launcher.window;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Throwaway program that produces {@code docs/window.png}; not a test, and nothing in the build runs it.
 * It starts a real {@code MozartServer} on a free loopback port with in-memory storage (through
 * {@link MozartServerControl}), opens the window over the captured standard streams, connects one TCP
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
        final MozartServerControl control = MozartServerControl.start();
        final ServerWindow window = ServerWindow.open(control, log);
        try (Socket client = new Socket(control.server().address(), control.server().port())) {
            onEdt(() -> {
                text("username").setText("alice");
                text("password").setText("correct horse");
                button("create").doClick();
            });
            waitFor(() -> !text("token").getText().isEmpty(), 10);
            TimeUnit.MILLISECONDS.sleep(2500); // a status refresh and a log refresh after the account
            final AtomicReference<Rectangle> bounds = new AtomicReference<>();
            onEdt(() -> bounds.set(frame().getBounds()));
            final Rectangle b = bounds.get();
            Files.createDirectories(out.getParent());
            final Process p = new ProcessBuilder("import", "-window", "root",
                    "-crop", b.width + "x" + b.height + "+" + b.x + "+" + b.y, "+repage", out.toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("import failed with exit code " + p.exitValue());
            }
            System.out.println("wrote " + out + " (" + b.width + "x" + b.height + ")");
        }
        onEdt(() -> button("stop").doClick());
        window.awaitClosed();
    }

    private static Window frame() {
        for (final Window w : Window.getWindows()) {
            if (w.isShowing()) {
                return w;
            }
        }
        throw new IllegalStateException("no window is showing");
    }

    private static Component find(final Container root, final String name) {
        for (final Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container) {
                final Component found = find((Container) c, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JTextComponent text(final String name) {
        return (JTextComponent) find(frame(), name);
    }

    private static AbstractButton button(final String name) {
        return (AbstractButton) find(frame(), name);
    }

    private static void onEdt(final Runnable work) throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(work);
    }

    private interface Check {
        boolean ok();
    }

    private static void waitFor(final Check check, final int seconds) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            final boolean[] ok = new boolean[1];
            onEdt(() -> ok[0] = check.ok());
            if (ok[0]) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }
}
