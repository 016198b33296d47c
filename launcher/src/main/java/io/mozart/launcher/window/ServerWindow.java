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
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import javax.swing.WindowConstants;
import javax.swing.text.DefaultCaret;

/**
 * The desktop window of a server started without a console: where it listens and the "Let other computers on my
 * network join" switch with the addresses friends use, channels, players online and songs loaded (refreshed every
 * second), "Import songs from an O2Jam folder…", the accounts (create, list, reset a password) with the new
 * account's tokens, "Start O2Jam…", the tail of the log, and a Stop button. Closing the window stops the server
 * too. A problem while running (database lost) turns the state line red and shows a dialog once.
 *
 * <p>Every call into the {@link ServerControl} runs on a background thread, never on the Swing event
 * thread, so a slow database never freezes the window.
 */
public final class ServerWindow implements AutoCloseable {

    /** The frame's component name. */
    static final String NAME = "mozart-server-window";

    private static final int STATUS_MILLIS = 1000;
    private static final int LOG_MILLIS = 500;
    private static final int ACCOUNT_MILLIS = 5000;
    private static final Color ERROR = new Color(0xB0, 0x00, 0x20);
    private static final Color OK = new Color(0x1B, 0x5E, 0x20);

    private final ServerControl control;
    private final LogTail log;
    private final ExecutorService statusWorker = Executors.newSingleThreadExecutor(daemon("mozart-window-status"));
    private final ExecutorService accountWorker = Executors.newSingleThreadExecutor(daemon("mozart-window-account"));
    private final ExecutorService importWorker = Executors.newSingleThreadExecutor(daemon("mozart-window-import"));
    private final ExecutorService lanWorker = Executors.newSingleThreadExecutor(daemon("mozart-window-lan"));
    private final AtomicBoolean statusPending = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private final JFrame frame = new JFrame("Mozart — O2Jam game server");
    private final JLabel endpoint = new JLabel(" ");
    private final JLabel summary = new JLabel("Reading status…");
    private final JTextArea channels = new JTextArea(3, 40);
    private final JCheckBox lanSwitch = new JCheckBox("Let other computers on my network join");
    private final JLabel joinAddresses = new JLabel(" ");
    private final JButton importSongs = new JButton("Import songs from an O2Jam folder…");
    private final JProgressBar importProgress = new JProgressBar();
    private final JLabel importMessage = new JLabel(" ");
    private final DefaultListModel<String> accountNames = new DefaultListModel<>();
    private final JList<String> accountList = new JList<>(accountNames);
    private final JButton resetPassword = new JButton("Set this password");
    private final JTextField clientFolder = new JTextField(28);
    private final JButton chooseClientFolder = new JButton("Choose…");
    private final JButton startGame = new JButton("Start O2Jam…");
    private final JTextField clientCommand = new JTextField(34);
    private final JButton copyClientCommand = new JButton("Copy");
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
    // Accounts made with user:register or the HTTP API while the window is open show up too.
    private final Timer accountTimer = new Timer(ACCOUNT_MILLIS, e -> refreshAccounts());
    private final Timer logTimer = new Timer(LOG_MILLIS, e -> refreshLog());
    private long logWritten = -1;
    private String shownProblem;

    private ServerWindow(ServerControl control, LogTail log) {
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
    public static ServerWindow open(ServerControl control) {
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
    public static ServerWindow open(ServerControl control, LogTail log) {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(log, "log");
        requireDisplay();
        final ServerWindow window = new ServerWindow(control, log);
        onEventThread(window::build);
        return window;
    }

    /** Uses the system's look and feel (Windows, macOS, GTK) instead of Swing's own; call before any window. */
    public static void useSystemLookAndFeel() {
        try {
            UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
        } catch (ClassNotFoundException
                | InstantiationException
                | IllegalAccessException
                | UnsupportedLookAndFeelException
                | RuntimeException e) {
            // Swing's own look and feel stays; the window works the same.
        }
    }

    /** @return the frame, for the screenshot in docs/window.png (event thread) */
    JFrame frame() {
        return frame;
    }

    private static void requireDisplay() {
        if (!supported()) {
            throw new IllegalStateException("cannot open the server window: no display (headless JVM); "
                    + "run from a console instead, or set DISPLAY");
        }
    }

    private static void onEventThread(Runnable work) {
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

    /** @return whether the player asked the server to stop (Stop, or closing the window) */
    public boolean stopRequested() {
        return stopping.get();
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
        lanSwitch.setName("lan");
        joinAddresses.setName("joinAddresses");
        importSongs.setName("import");
        importProgress.setName("importProgress");
        importMessage.setName("importMessage");
        accountMessage.setName("accountMessage");
        accountList.setName("accounts");
        resetPassword.setName("resetPassword");
        clientFolder.setName("clientFolder");
        chooseClientFolder.setName("chooseClientFolder");
        startGame.setName("startGame");
        clientCommand.setName("clientCommand");
        logArea.setName("log");
        state.setName("state");
        username.setName("username");
        password.setName("password");
        create.setName("create");
        token.setName("token");
        launchToken.setName("launchToken");
        stop.setName("stop");
        frame.setIconImages(AppIcon.images());
        endpoint.setText(StatusText.endpoint(control.endpoint()));
        if (!control.plugins().isEmpty()) {
            endpoint.setToolTipText("Plugins: " + String.join(", ", control.plugins()));
            summary.setToolTipText(endpoint.getToolTipText());
        }
        endpoint.setFont(
                endpoint.getFont().deriveFont(Font.BOLD, endpoint.getFont().getSize2D() + 2f));
        readOnly(channels);
        channels.setOpaque(false);

        final JPanel status = titled("Server");
        status.setLayout(new GridBagLayout());
        lanSwitch.setSelected(control.lan());
        lanSwitch.setEnabled(control.lanSwitchAvailable());
        lanSwitch.setToolTipText(
                control.lanSwitchAvailable()
                        ? "Listen on every network interface instead of 127.0.0.1 only; remembered in mozart.ini"
                        : "Only in Server:Mode=Full");
        lanSwitch.addActionListener(e -> switchLan(lanSwitch.isSelected()));
        joinAddresses.setText(StatusText.join(control.lan(), List.of()));
        importProgress.setVisible(false);
        importProgress.setIndeterminate(true);
        importSongs.addActionListener(e -> chooseAndImport());
        final JPanel importRow = new JPanel(new BorderLayout(6, 0));
        importRow.add(importSongs, BorderLayout.WEST);
        importRow.add(importProgress, BorderLayout.CENTER);
        stack(status, endpoint, lanSwitch, joinAddresses, summary, channels, importRow, importMessage);

        final JPanel account = titled("Accounts");
        account.setLayout(new GridBagLayout());
        row(account, 0, new JLabel("Username"), username, null);
        row(account, 1, new JLabel("Password"), password, create);
        row(account, 2, null, accountMessage, resetPassword);
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
        row(account, 5, new JLabel("O2Jam folder"), clientFolder, chooseClientFolder);
        clientCommand.setEditable(false);
        clientCommand.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        row(account, 6, startGame, clientCommand, copyClientCommand);
        copyToken.setEnabled(false);
        copyLaunchToken.setEnabled(false);
        copyClientCommand.setEnabled(false);
        create.addActionListener(e -> createAccount());
        resetPassword.addActionListener(e -> resetPassword());
        copyToken.addActionListener(e -> copy(token.getText(), "Login token copied."));
        copyLaunchToken.addActionListener(e -> copy(launchToken.getText(), "Launch token copied."));
        copyClientCommand.addActionListener(e -> copy(clientCommand.getText(), "Command line copied."));
        chooseClientFolder.addActionListener(
                e -> chooseFolder("Choose the O2Jam folder (the one with OTwo.exe)", clientFolder.getText())
                        .ifPresent(f -> clientFolder.setText(f.toString())));
        startGame.addActionListener(e -> startGame());
        control.clientFolder().ifPresent(f -> clientFolder.setText(f.toString()));
        accountList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        accountList.setVisibleRowCount(8);
        accountList.addListSelectionListener(e -> {
            final String selected = accountList.getSelectedValue();
            if (!e.getValueIsAdjusting() && selected != null) {
                username.setText(selected);
            }
        });
        final JScrollPane accountScroll = new JScrollPane(accountList);
        accountScroll.setPreferredSize(new Dimension(170, 150));
        final JPanel accountSide = new JPanel(new BorderLayout(0, 2));
        accountSide.add(new JLabel("Accounts"), BorderLayout.NORTH);
        accountSide.add(accountScroll, BorderLayout.CENTER);
        final GridBagConstraints side = new GridBagConstraints();
        side.gridx = 3;
        side.gridy = 0;
        side.gridheight = 7;
        side.fill = GridBagConstraints.BOTH;
        side.insets = new Insets(2, 10, 2, 2);
        account.add(accountSide, side);

        readOnly(logArea);
        logArea.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        ((DefaultCaret) logArea.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        // No row count on the area itself, or scrolling to the end would hide a short log's first lines.
        logScroll.setPreferredSize(new Dimension(900, 160));
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
            public void windowClosing(WindowEvent e) {
                requestStop();
            }
        });
        frame.pack();
        frame.setMinimumSize(new Dimension(760, 700));
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        username.requestFocusInWindow();

        refreshLog();
        refreshStatus();
        refreshAccounts();
        statusTimer.start();
        accountTimer.start();
        logTimer.start();
    }

    private static void stack(JPanel panel, JComponent... rows) {
        for (int y = 0; y < rows.length; y++) {
            final GridBagConstraints c = new GridBagConstraints();
            c.gridy = y;
            c.gridx = 0;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.anchor = GridBagConstraints.WEST;
            c.insets = new Insets(1, 2, 1, 2);
            panel.add(rows[y], c);
        }
    }

    private static JPanel titled(String title) {
        final JPanel p = new JPanel();
        p.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createEmptyBorder(6, 8, 2, 8),
                BorderFactory.createCompoundBorder(
                        BorderFactory.createTitledBorder(title), BorderFactory.createEmptyBorder(2, 6, 4, 6))));
        return p;
    }

    private static void row(JPanel panel, int y, JComponent label, JComponent field, JComponent button) {
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

    private static void readOnly(JTextArea area) {
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
                String endpointText = null;
                String joinText = null;
                boolean noSongs = false;
                Optional<String> problem;
                try {
                    final ServerStatus s = control.status();
                    final Map<Integer, ServerControl.Catalogue> catalogues = control.catalogues();
                    line = StatusText.summary(s);
                    perChannel = String.join("\n", StatusText.channels(s, catalogues));
                    noSongs = catalogues.values().stream().allMatch(k -> k.songs() == 0);
                    endpointText = StatusText.endpoint(control.endpoint());
                    joinText = StatusText.join(control.lan(), control.joinAddresses());
                    problem = control.problem();
                } catch (RuntimeException e) {
                    line = StatusText.unavailable(e);
                    perChannel = "";
                    problem = Optional.empty();
                }
                final String summaryText = line;
                final String channelText = perChannel;
                final String endpointLine = endpointText;
                final String joinLine = joinText;
                final boolean highlightImport = noSongs;
                final Optional<String> trouble = problem;
                SwingUtilities.invokeLater(() -> {
                    statusPending.set(false);
                    summary.setText(summaryText);
                    if (!channels.getText().equals(channelText)) {
                        channels.setText(channelText);
                    }
                    if (endpointLine != null) {
                        endpoint.setText(endpointLine);
                        joinAddresses.setText(joinLine);
                    }
                    importSongs.setFont(importSongs.getFont().deriveFont(highlightImport ? Font.BOLD : Font.PLAIN));
                    showProblem(trouble);
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

    private void showAccount(String name, AccountForm.Result result) {
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
            refreshAccounts();
        } else {
            showMessage(result.error(), ERROR);
        }
    }

    private void showMessage(String text, Color color) {
        accountMessage.setForeground(color);
        accountMessage.setText(text);
    }

    private void copy(String text, String done) {
        try {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
            showMessage(done, OK);
        } catch (IllegalStateException e) {
            showMessage("The clipboard is busy; select the text and copy it by hand.", ERROR);
        }
    }

    private void showProblem(Optional<String> problem) {
        if (stopping.get()) {
            return;
        }
        if (problem.isEmpty()) {
            if (shownProblem != null) {
                shownProblem = null;
                state.setForeground(OK);
                state.setText("Running");
            }
            return;
        }
        state.setForeground(ERROR);
        state.setText(problem.get());
        if (!problem.get().equals(shownProblem)) {
            shownProblem = problem.get();
            FailureDialog.show(frame, "Mozart has a problem", problem.get(), () -> {});
        }
    }

    private void switchLan(boolean on) {
        lanSwitch.setEnabled(false);
        joinAddresses.setText(on ? "Opening the server to your network…" : "Closing the server to your network…");
        try {
            lanWorker.execute(() -> {
                String failure = null;
                try {
                    control.setLan(on);
                } catch (RuntimeException e) {
                    failure = StatusText.message(e);
                }
                final String problem = failure;
                SwingUtilities.invokeLater(() -> {
                    lanSwitch.setEnabled(control.lanSwitchAvailable() && !stopping.get());
                    lanSwitch.setSelected(control.lan());
                    if (problem != null) {
                        FailureDialog.show(frame, "The network setting was not changed", problem, () -> {});
                    }
                    refreshStatus();
                });
            });
        } catch (RejectedExecutionException e) {
            lanSwitch.setEnabled(true);
        }
    }

    private Optional<Path> chooseFolder(String title, String start) {
        final JFileChooser chooser = new JFileChooser(start == null || start.isBlank() ? null : new File(start));
        chooser.setName("folderChooser");
        chooser.setDialogTitle(title);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(frame) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    private void chooseAndImport() {
        final Optional<Path> folder =
                chooseFolder("Choose the O2Jam folder (the one with the Image folder)", clientFolder.getText());
        if (folder.isEmpty()) {
            return;
        }
        importSongs.setEnabled(false);
        importProgress.setVisible(true);
        importMessage.setForeground(Color.DARK_GRAY);
        try {
            importWorker.execute(() -> {
                boolean imported;
                try {
                    imported = control.importSongs(
                            folder.get(), line -> SwingUtilities.invokeLater(() -> importMessage.setText(line)));
                } catch (RuntimeException e) {
                    final String message = "Import failed: " + StatusText.message(e);
                    SwingUtilities.invokeLater(() -> importMessage.setText(message));
                    imported = false;
                }
                final boolean ok = imported;
                SwingUtilities.invokeLater(() -> {
                    importProgress.setVisible(false);
                    importSongs.setEnabled(true);
                    importMessage.setForeground(ok ? OK : ERROR);
                    refreshStatus();
                });
            });
        } catch (RejectedExecutionException e) {
            importSongs.setEnabled(true);
        }
    }

    private void refreshAccounts() {
        try {
            accountWorker.execute(() -> {
                List<String> names;
                try {
                    names = control.accounts();
                } catch (RuntimeException e) {
                    names = List.of();
                }
                final List<String> list = names;
                SwingUtilities.invokeLater(() -> {
                    if (!list.equals(Arrays.asList(accountNames.toArray()))) {
                        accountNames.clear();
                        accountNames.addAll(list);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void resetPassword() {
        final String name = username.getText();
        final char[] secret = password.getPassword();
        final String pw = new String(secret);
        Arrays.fill(secret, '\0');
        if (name.isBlank() || pw.isEmpty()) {
            showMessage("Choose an account and type its new password.", ERROR);
            return;
        }
        resetPassword.setEnabled(false);
        try {
            accountWorker.execute(() -> {
                String error = null;
                try {
                    control.resetPassword(name, pw);
                } catch (RuntimeException e) {
                    error = StatusText.message(e);
                }
                final String problem = error;
                SwingUtilities.invokeLater(() -> {
                    resetPassword.setEnabled(!stopping.get());
                    if (problem == null) {
                        password.setText("");
                        showMessage("The password of '" + name + "' is changed.", OK);
                    } else {
                        showMessage(problem, ERROR);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            resetPassword.setEnabled(true);
        }
    }

    private void startGame() {
        final String name = username.getText();
        final char[] secret = password.getPassword();
        final String pw = new String(secret);
        Arrays.fill(secret, '\0');
        if (name.isBlank() || pw.isEmpty()) {
            showMessage("Type the username and password of the account to play with.", ERROR);
            return;
        }
        Optional<Path> folder = clientFolder.getText().isBlank()
                ? Optional.empty()
                : Optional.of(Path.of(clientFolder.getText().strip()));
        if (folder.isEmpty()) {
            folder = chooseFolder("Choose the O2Jam folder (the one with OTwo.exe)", null);
            folder.ifPresent(f -> clientFolder.setText(f.toString()));
        }
        if (folder.isEmpty()) {
            return;
        }
        final Path dir = folder.get();
        startGame.setEnabled(false);
        try {
            accountWorker.execute(() -> {
                ServerControl.ClientStart started = null;
                String error = null;
                try {
                    started = control.startClient(name, pw, dir);
                } catch (RuntimeException e) {
                    error = StatusText.message(e);
                }
                final ServerControl.ClientStart result = started;
                final String problem = error;
                SwingUtilities.invokeLater(() -> {
                    startGame.setEnabled(!stopping.get());
                    if (result == null) {
                        showMessage(problem, ERROR);
                        return;
                    }
                    clientCommand.setText(result.commandLine());
                    clientCommand.setCaretPosition(0);
                    copyClientCommand.setEnabled(true);
                    showMessage(
                            result.started()
                                    ? "O2Jam started for '" + name + "'."
                                    : "OTwo.exe runs on Windows only: copy the command line (for Wine).",
                            OK);
                });
            });
        } catch (RejectedExecutionException e) {
            startGame.setEnabled(true);
        }
    }

    private void requestStop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        stop.setEnabled(false);
        create.setEnabled(false);
        lanSwitch.setEnabled(false);
        state.setForeground(Color.DARK_GRAY);
        state.setText("Stopping the server…");
        final Thread stopper = new Thread(
                () -> {
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
                },
                "mozart-window-stop");
        stopper.setDaemon(false);
        stopper.start();
    }

    private void dispose() {
        if (closed.getCount() == 0) {
            return;
        }
        statusTimer.stop();
        accountTimer.stop();
        logTimer.stop();
        statusWorker.shutdownNow();
        accountWorker.shutdownNow();
        importWorker.shutdownNow();
        lanWorker.shutdownNow();
        frame.dispose();
        closed.countDown();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            final Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
