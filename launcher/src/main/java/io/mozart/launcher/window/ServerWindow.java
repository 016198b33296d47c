package io.mozart.launcher.window;

import io.mozart.api.ServerStatus;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import javax.swing.text.DefaultCaret;

/**
 * The desktop window of a server started without a console: where it listens, channels and players online
 * (refreshed every second), a form that creates an account and shows its login and launch tokens, the tail
 * of the log, and a Stop button. Closing the window stops the server too.
 *
 * <p>Every call into the {@link ServerControl} runs on a background thread, never on the Swing event
 * thread, so a slow database never freezes the window.
 */
public final class ServerWindow implements AutoCloseable {

    /** The frame's component name. */
    static final String NAME = "mozart-server-window";

    private static final int STATUS_MILLIS = 1000;
    private static final int LOG_MILLIS = 500;
    private static final Color ERROR = new Color(0xB0, 0x00, 0x20);
    private static final Color OK = new Color(0x1B, 0x5E, 0x20);

    private final ServerControl control;
    private final LogTail log;
    private final ExecutorService statusWorker = Executors.newSingleThreadExecutor(daemon("mozart-window-status"));
    private final ExecutorService accountWorker = Executors.newSingleThreadExecutor(daemon("mozart-window-account"));
    private final AtomicBoolean statusPending = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private final JFrame frame = new JFrame("Mozart — O2Jam game server");
    private final JLabel endpoint = new JLabel(" ");
    private final JLabel summary = new JLabel("Reading status…");
    private final JTextArea channels = new JTextArea(3, 40);
    private final JTextField username = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final JButton create = new JButton("Create account");
    private final JLabel accountMessage = new JLabel(" ");
    private final JTextField token = new JTextField(34);
    private final JTextArea launchToken = new JTextArea(3, 40);
    private final JButton copyToken = new JButton("Copy");
    private final JButton copyLaunchToken = new JButton("Copy");
    private final JTextArea logArea = new JTextArea();
    private final JScrollPane logScroll = new JScrollPane(logArea);
    private final JButton stop = new JButton("Stop server");
    private final JLabel state = new JLabel("Running");
    private final Timer statusTimer = new Timer(STATUS_MILLIS, e -> refreshStatus());
    private final Timer logTimer = new Timer(LOG_MILLIS, e -> refreshLog());
    private long logWritten = -1;

    private ServerWindow(final ServerControl control, final LogTail log) {
        this.control = control;
        this.log = log;
    }

    /**
     * @return whether a window can be opened: false in a headless JVM (no display, CI, a service)
     */
    public static boolean supported() {
        return !GraphicsEnvironment.isHeadless();
    }

    /**
     * Opens the window over the standard streams' log tail ({@link LogTail#captureStandardStreams()}, so the
     * lines logged before this call are shown if the launcher captured them early).
     *
     * @param control the running server
     * @return the visible window
     * @throws IllegalStateException when {@link #supported()} is false
     */
    public static ServerWindow open(final ServerControl control) {
        Objects.requireNonNull(control, "control");
        requireDisplay();
        return open(control, LogTail.captureStandardStreams());
    }

    /**
     * Opens the window. May be called from any thread; the window is built on the Swing event thread.
     *
     * @param control the running server
     * @param log     the log lines to show
     * @return the visible window
     * @throws IllegalStateException when {@link #supported()} is false
     */
    public static ServerWindow open(final ServerControl control, final LogTail log) {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(log, "log");
        requireDisplay();
        final ServerWindow window = new ServerWindow(control, log);
        onEventThread(window::build);
        return window;
    }

    private static void requireDisplay() {
        if (!supported()) {
            throw new IllegalStateException("cannot open the server window: no display (headless JVM); "
                    + "run from a console instead, or set DISPLAY");
        }
    }

    private static void onEventThread(final Runnable work) {
        if (SwingUtilities.isEventDispatchThread()) {
            work.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the server window", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot open the server window: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Blocks until the window has closed (after Stop, or {@link #close()}).
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** @return whether the window is still open */
    public boolean isOpen() {
        return closed.getCount() > 0;
    }

    /**
     * Closes the window without stopping the server (for when the server stopped by other means).
     * Idempotent; any thread.
     */
    @Override
    public void close() {
        SwingUtilities.invokeLater(this::dispose);
    }

    // ---------------------------------------------------------------- layout (event thread)

    private void build() {
        // Names for accessibility tools and UI drivers.
        frame.setName(NAME);
        endpoint.setName("endpoint");
        summary.setName("summary");
        channels.setName("channels");
        accountMessage.setName("accountMessage");
        logArea.setName("log");
        state.setName("state");
        username.setName("username");
        password.setName("password");
        create.setName("create");
        token.setName("token");
        launchToken.setName("launchToken");
        stop.setName("stop");
        endpoint.setText(StatusText.endpoint(control.endpoint()));
        if (!control.plugins().isEmpty()) {
            endpoint.setToolTipText("Plugins: " + String.join(", ", control.plugins()));
            summary.setToolTipText(endpoint.getToolTipText());
        }
        endpoint.setFont(endpoint.getFont().deriveFont(Font.BOLD, endpoint.getFont().getSize2D() + 2f));
        readOnly(channels);
        channels.setOpaque(false);

        final JPanel status = titled("Server");
        status.setLayout(new BorderLayout(0, 4));
        status.add(endpoint, BorderLayout.NORTH);
        status.add(summary, BorderLayout.CENTER);
        status.add(channels, BorderLayout.SOUTH);

        final JPanel account = titled("Create an account");
        account.setLayout(new GridBagLayout());
        row(account, 0, new JLabel("Username"), username, null);
        row(account, 1, new JLabel("Password"), password, create);
        row(account, 2, null, accountMessage, null);
        token.setEditable(false);
        token.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        readOnly(launchToken);
        launchToken.setLineWrap(true);
        launchToken.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        row(account, 3, new JLabel("Login token"), token, copyToken);
        final JScrollPane launchScroll = new JScrollPane(launchToken);
        // GridBagLayout falls back to minimum sizes when short of room; keep all three rows visible.
        launchScroll.setMinimumSize(launchScroll.getPreferredSize());
        row(account, 4, new JLabel("Launch token"), launchScroll, copyLaunchToken);
        copyToken.setEnabled(false);
        copyLaunchToken.setEnabled(false);
        create.addActionListener(e -> createAccount());
        copyToken.addActionListener(e -> copy(token.getText(), "Login token copied."));
        copyLaunchToken.addActionListener(e -> copy(launchToken.getText(), "Launch token copied."));

        readOnly(logArea);
        logArea.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        ((DefaultCaret) logArea.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        // No row count on the area itself, or scrolling to the end would hide a short log's first lines.
        logScroll.setPreferredSize(new Dimension(820, 220));
        final JPanel logPanel = titled("Log (last " + LogTail.DEFAULT_LINES + " lines)");
        logPanel.setLayout(new BorderLayout());
        logPanel.add(logScroll, BorderLayout.CENTER);

        final JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        bottom.add(state, BorderLayout.CENTER);
        bottom.add(stop, BorderLayout.EAST);
        stop.addActionListener(e -> requestStop());

        final JPanel top = new JPanel(new BorderLayout());
        top.add(status, BorderLayout.NORTH);
        top.add(account, BorderLayout.CENTER);

        final JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(logPanel, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);

        frame.setContentPane(content);
        frame.getRootPane().setDefaultButton(create);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(final WindowEvent e) {
                requestStop();
            }
        });
        frame.pack();
        frame.setMinimumSize(new Dimension(720, 600));
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        username.requestFocusInWindow();

        refreshLog();
        refreshStatus();
        statusTimer.start();
        logTimer.start();
    }

    private static JPanel titled(final String title) {
        final JPanel p = new JPanel();
        p.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(6, 8, 2, 8),
                BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder(title),
                        BorderFactory.createEmptyBorder(2, 6, 4, 6))));
        return p;
    }

    private static void row(final JPanel panel, final int y, final JComponent label, final JComponent field,
                            final JComponent button) {
        final GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(2, 2, 2, 2);
        c.anchor = GridBagConstraints.WEST;
        if (label != null) {
            c.gridx = 0;
            panel.add(label, c);
        }
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
        if (button != null) {
            c.gridx = 2;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            panel.add(button, c);
        }
    }

    private static void readOnly(final JTextArea area) {
        area.setEditable(false);
        area.setWrapStyleWord(false);
    }

    // ---------------------------------------------------------------- behaviour (event thread + workers)

    private void refreshStatus() {
        if (!statusPending.compareAndSet(false, true)) {
            return;
        }
        try {
            statusWorker.execute(() -> {
                String line;
                String perChannel;
                try {
                    final ServerStatus s = control.status();
                    line = StatusText.summary(s);
                    perChannel = String.join("\n", StatusText.channels(s));
                } catch (RuntimeException e) {
                    line = StatusText.unavailable(e);
                    perChannel = "";
                }
                final String summaryText = line;
                final String channelText = perChannel;
                SwingUtilities.invokeLater(() -> {
                    statusPending.set(false);
                    summary.setText(summaryText);
                    if (!channels.getText().equals(channelText)) {
                        channels.setText(channelText);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            statusPending.set(false); // closing
        }
    }

    private void refreshLog() {
        final long written = log.written();
        if (written == logWritten) {
            return;
        }
        logWritten = written;
        final JScrollBar bar = logScroll.getVerticalScrollBar();
        final boolean atBottom = bar.getValue() + bar.getVisibleAmount() >= bar.getMaximum() - 8;
        final int keep = bar.getValue();
        logArea.setText(log.text());
        SwingUtilities.invokeLater(() -> bar.setValue(atBottom ? bar.getMaximum() : keep));
    }

    private void createAccount() {
        final String name = username.getText();
        final char[] secret = password.getPassword();
        final String pw = new String(secret);
        Arrays.fill(secret, '\0');
        create.setEnabled(false);
        showMessage("Creating the account…", Color.DARK_GRAY);
        try {
            accountWorker.execute(() -> {
                final AccountForm.Result result = AccountForm.submit(control, name, pw);
                SwingUtilities.invokeLater(() -> showAccount(name, result));
            });
        } catch (RejectedExecutionException e) {
            create.setEnabled(true);
        }
    }

    private void showAccount(final String name, final AccountForm.Result result) {
        create.setEnabled(!stopping.get());
        if (result.created()) {
            password.setText("");
            token.setText(result.credentials().token());
            token.setCaretPosition(0);
            launchToken.setText(result.credentials().launchToken());
            launchToken.setCaretPosition(0);
            copyToken.setEnabled(true);
            copyLaunchToken.setEnabled(true);
            showMessage("Account '" + name + "' created. Start the client with the launch token.", OK);
        } else {
            showMessage(result.error(), ERROR);
        }
    }

    private void showMessage(final String text, final Color color) {
        accountMessage.setForeground(color);
        accountMessage.setText(text);
    }

    private void copy(final String text, final String done) {
        try {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
            showMessage(done, OK);
        } catch (IllegalStateException e) {
            showMessage("The clipboard is busy; select the text and copy it by hand.", ERROR);
        }
    }

    private void requestStop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        stop.setEnabled(false);
        create.setEnabled(false);
        state.setText("Stopping the server…");
        final Thread stopper = new Thread(() -> {
            try {
                control.stop();
                SwingUtilities.invokeLater(this::dispose);
            } catch (RuntimeException e) {
                SwingUtilities.invokeLater(() -> {
                    stopping.set(false);
                    stop.setEnabled(true);
                    create.setEnabled(true);
                    state.setText("Stop failed: " + StatusText.message(e));
                });
            }
        }, "mozart-window-stop");
        stopper.setDaemon(false);
        stopper.start();
    }

    private void dispose() {
        if (closed.getCount() == 0) {
            return;
        }
        statusTimer.stop();
        logTimer.stop();
        statusWorker.shutdownNow();
        accountWorker.shutdownNow();
        frame.dispose();
        closed.countDown();
    }

    private static ThreadFactory daemon(final String name) {
        return r -> {
            final Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
