package io.mozart.launcher.window;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/** Drives the showing server window through its named components, on the Swing event thread. */
final class WindowDriver {

    private WindowDriver() {}

    /** @return the showing server window's frame */
    static Window frame() {
        for (final Window w : Window.getWindows()) {
            if (w.isShowing() && ServerWindow.NAME.equals(w.getName())) {
                return w;
            }
        }
        throw new IllegalStateException("no server window is showing");
    }

    /** @return whether a server window is showing */
    static boolean showing() throws Exception {
        return onEdt(() -> {
            for (final Window w : Window.getWindows()) {
                if (w.isShowing() && ServerWindow.NAME.equals(w.getName())) {
                    return true;
                }
            }
            return false;
        });
    }

    private static Component find(Container root, String name) {
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

    private static Component component(String name) {
        final Component c = find(frame(), name);
        if (c == null) {
            throw new IllegalStateException("no component named " + name);
        }
        return c;
    }

    /** Sets a text field's text (event thread). */
    static void type(String name, String text) throws Exception {
        onEdt(() -> {
            ((JTextComponent) component(name)).setText(text);
            return null;
        });
    }

    /** Clicks a button (event thread). */
    static void click(String name) throws Exception {
        onEdt(() -> {
            ((AbstractButton) component(name)).doClick();
            return null;
        });
    }

    /** Clicks a button and, in the same event-thread task, tells whether it is still enabled. */
    static boolean clickThenEnabled(String name) throws Exception {
        return onEdt(() -> {
            final AbstractButton b = (AbstractButton) component(name);
            b.doClick();
            return b.isEnabled();
        });
    }

    /** @return a text component's or label's text (event thread) */
    static String text(String name) throws Exception {
        return onEdt(() -> {
            final Component c = component(name);
            return c instanceof JLabel ? ((JLabel) c).getText() : ((JTextComponent) c).getText();
        });
    }

    /** @return whether a button is enabled (event thread) */
    static boolean enabled(String name) throws Exception {
        return onEdt(() -> component(name).isEnabled());
    }

    /** @return the showing window with this component name (a dialog, say), if any (event thread) */
    static Window showingWindow(String name) throws Exception {
        return onEdt(() -> {
            for (final Window w : Window.getWindows()) {
                if (w.isShowing() && name.equals(w.getName())) {
                    return w;
                }
            }
            return null;
        });
    }

    /** @return the text of a component of another showing window (event thread) */
    static String textIn(String window, String name) throws Exception {
        return onEdt(() -> {
            for (final Window w : Window.getWindows()) {
                if (w.isShowing() && window.equals(w.getName())) {
                    final Component c = find(w, name);
                    if (c != null) {
                        return c instanceof JLabel ? ((JLabel) c).getText() : ((JTextComponent) c).getText();
                    }
                }
            }
            throw new IllegalStateException("no " + name + " in a showing " + window);
        });
    }

    /** Clicks a button of another showing window (event thread). */
    static void clickIn(String window, String name) throws Exception {
        onEdt(() -> {
            for (final Window w : Window.getWindows()) {
                if (w.isShowing() && window.equals(w.getName())) {
                    final Component c = find(w, name);
                    if (c != null) {
                        ((AbstractButton) c).doClick();
                        return null;
                    }
                }
            }
            throw new IllegalStateException("no " + name + " in a showing " + window);
        });
    }

    /** Clicks a button without waiting for its action (which may open a modal dialog). */
    static void clickLater(String name) {
        SwingUtilities.invokeLater(() -> ((AbstractButton) component(name)).doClick());
    }

    /** Waits for the window's folder chooser, picks the folder in it and approves, as a player would. */
    static void chooseFolder(Path folder) throws Exception {
        waitFor("the folder chooser", () -> onEdt(() -> chooser() != null), 10);
        onEdt(() -> {
            final JFileChooser chooser = chooser();
            chooser.setSelectedFile(folder.toFile());
            chooser.approveSelection();
            return null;
        });
    }

    private static JFileChooser chooser() {
        for (final Window w : Window.getWindows()) {
            if (w.isShowing()) {
                final Component c = find(w, "folderChooser");
                if (c instanceof JFileChooser) {
                    return (JFileChooser) c;
                }
            }
        }
        return null;
    }

    /** @return whether a check box or toggle is selected (event thread) */
    static boolean selected(String name) throws Exception {
        return onEdt(() -> ((AbstractButton) component(name)).isSelected());
    }

    /** @return the items of a list (event thread) */
    static List<String> items(String name) throws Exception {
        return onEdt(() -> {
            final JList<?> list = (JList<?>) component(name);
            final List<String> items = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                items.add(String.valueOf(list.getModel().getElementAt(i)));
            }
            return items;
        });
    }

    /** Runs work on the event thread and returns its result. */
    static <T> T onEdt(Supplier<T> work) throws InterruptedException, InvocationTargetException {
        final AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(work.get()));
        return result.get();
    }

    /** Polls until the check holds. */
    static void waitFor(String what, Check check, int seconds) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** A condition to wait for. */
    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }
}
