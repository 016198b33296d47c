package io.mozart.launcher;

import io.mozart.launcher.command.CommandEnvironment;
import io.mozart.launcher.command.Commands;
import io.mozart.launcher.config.ConfigException;
import io.mozart.launcher.config.ConfigLoader;
import io.mozart.launcher.config.ConfigWarning;
import io.mozart.launcher.config.DatabaseDriver;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.window.FailureDialog;
import io.mozart.launcher.window.LogTail;
import io.mozart.launcher.window.ServerWindow;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code java -jar mozart.jar} entry point. It loads the configuration (spec 06 §4), then runs the admin
 * command named on the command line (§5) or, when there is none, starts the server and waits until it is stopped
 * (Ctrl-C, or the desktop window's Stop button).
 *
 * <p>Exit codes: 0 success; what a command computed (1, or −1 for {@code user:authorize}); 1 for a command-line
 * parse error or a failure (storage, port taken); 2 for a bad configuration value, before anything is bound or
 * written.
 *
 * <p>System properties set by the {@code ./mozart} script: {@value #HOME_PROPERTY} is the application directory
 * (where {@code config.ini} and {@code mozart.ini} are read; default: the jar's directory) and
 * {@value #COMMAND_PROPERTY} how the operator invokes Mozart, for the hints printed at start.
 */
public final class Main {

    /** Exit code of a bad configuration. */
    public static final int CONFIG_ERROR = 2;
    /** Exit code of a failure outside a command (the server cannot start). */
    public static final int FAILURE = 1;

    /** System property naming the application directory. */
    public static final String HOME_PROPERTY = "mozart.home";
    /** System property naming the command the operator types. */
    public static final String COMMAND_PROPERTY = "mozart.command";

    private final Path applicationDirectory;
    private final Path workingDirectory;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private boolean windowed;
    private InputStream in = System.in;

    /**
     * @param applicationDirectory where config.ini and mozart.ini are read
     * @param workingDirectory     the working directory (relative data paths, command defaults)
     * @param out                  standard output
     * @param err                  standard error
     */
    public Main(Path applicationDirectory, Path workingDirectory, PrintStream out, PrintStream err) {
        this(applicationDirectory, workingDirectory, out, err, System.getenv());
    }

    /**
     * @param applicationDirectory where config.ini and mozart.ini are read
     * @param workingDirectory     the working directory (relative data paths, command defaults)
     * @param out                  standard output
     * @param err                  standard error
     * @param environment          the environment variables ({@code Section__Key} configuration entries)
     */
    public Main(
            Path applicationDirectory,
            Path workingDirectory,
            PrintStream out,
            PrintStream err,
            Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.applicationDirectory = Objects.requireNonNull(applicationDirectory, "applicationDirectory");
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Runs Mozart and exits with its exit code.
     *
     * @param args configuration overrides and an optional command
     */
    public static void main(String[] args) {
        final Path workingDirectory = Path.of("").toAbsolutePath();
        final String home = System.getProperty(HOME_PROPERTY);
        final Path applicationDirectory = home != null && !home.isBlank()
                ? Path.of(home).toAbsolutePath()
                : ConfigLoader.applicationDirectory(Main.class, workingDirectory);
        // Double-clicked: no arguments, no console, a display. Then every outcome is shown in a window.
        final boolean windowed = args.length == 0 && System.console() == null && ServerWindow.supported();
        if (windowed) {
            ServerWindow.useSystemLookAndFeel();
        }
        final int code = new Main(applicationDirectory, workingDirectory, System.out, System.err)
                .windowed(windowed)
                .run(args);
        System.exit(code);
    }

    /**
     * @param value whether Mozart was started without a console (double-click): start failures are shown in a
     *              dialog and the server in the desktop window
     * @return this
     */
    public Main windowed(boolean value) {
        this.windowed = value;
        return this;
    }

    /**
     * @param input what {@code --password-stdin} reads (default: {@code System.in})
     * @return this
     */
    public Main input(InputStream input) {
        this.in = Objects.requireNonNull(input, "input");
        return this;
    }

    /**
     * Loads the configuration and runs a command, or starts the server and blocks until it has stopped.
     *
     * @param args configuration overrides and an optional command
     * @return the exit code
     */
    public int run(String[] args) {
        final ConfigLoader.Loaded loaded;
        try {
            loaded = ConfigLoader.load(args, applicationDirectory, workingDirectory, environment);
        } catch (ConfigException e) {
            return configError(e);
        }
        final MozartConfig config = loaded.config();
        if (loaded.remainingArgs().isEmpty()) {
            Logging.configureServer(config.logging(), applicationDirectory);
        } else {
            Logging.configureCommand(config.logging(), applicationDirectory);
        }
        for (final ConfigWarning warning : loaded.warnings()) {
            err.println("Warning: " + warning.message());
        }
        if (loaded.remainingArgs().isEmpty()) {
            return serve(config);
        }
        try {
            StorageFactory.check(config.database());
            refuseMemory(config, loaded.remainingArgs());
        } catch (ConfigException e) {
            return configError(e);
        }
        final PrintWriter commandOut = new PrintWriter(new OutputStreamWriter(out, Charset.defaultCharset()), true);
        final PrintWriter commandErr = new PrintWriter(new OutputStreamWriter(err, Charset.defaultCharset()), true);
        try (CommandEnvironment env =
                new CommandEnvironment(config, workingDirectory, commandOut, Clock.systemUTC()).withInput(in)) {
            return Commands.execute(loaded.remainingArgs(), env, commandErr);
        }
    }

    /**
     * Admin commands work on the database a server shares with them; an in-memory one would be a new, empty
     * database that vanishes when the command ends.
     */
    private static void refuseMemory(MozartConfig config, List<String> command) {
        final String first = command.get(0);
        if (config.database().driver() != DatabaseDriver.MEMORY || first.startsWith("-") || first.equals("version")) {
            return;
        }
        throw new ConfigException(
                "Db:Driver",
                "Db:Driver = 'Memory': " + first + " would work on a new, empty"
                        + " in-memory database that is gone when the command ends; nothing would persist."
                        + " Admin commands need"
                        + " Db:Driver=Sqlite, Postgres or MySql (the database the server uses)");
    }

    private int serve(MozartConfig config) {
        try {
            ServerLauncher.check(config);
        } catch (ConfigException e) {
            return configError(e);
        }
        // Started without a console (double-click) on a machine with a display: the desktop window, whose log
        // view is a Logback appender from the first line on (the banner reaches it through Logging.BANNER_LOGGER).
        final LogTail log = windowed ? new LogTail(LogTail.DEFAULT_LINES, StandardCharsets.UTF_8) : null;
        if (log != null) {
            Logging.attach(log);
        }
        final RunningServer server;
        try {
            // Jars in plugins/ next to mozart.jar; one that fails stops the start, naming the jar.
            final Plugins plugins = Plugins.load(applicationDirectory.resolve(Plugins.FOLDER));
            server = ServerLauncher.start(
                    config, out, command(), applicationDirectory.resolve(ConfigLoader.MOZART_INI), plugins);
        } catch (RuntimeException e) {
            final String reason =
                    e instanceof StartFailure ? e.getMessage() : "Mozart could not start: " + e.getMessage();
            err.println("Error: " + reason);
            if (windowed) {
                FailureDialog.showAndWait("Mozart could not start", reason);
            }
            return FAILURE;
        }
        final Thread hook = new Thread(server::close, "mozart-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        final ServerWindow window = windowed ? ServerWindow.open(server, log) : null;
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        if (window != null && !window.stopRequested()) {
            // Stopped by itself (a Channel process whose gateway went away, say): say so before the window goes.
            window.close();
            final List<String> lines = log.lines();
            FailureDialog.showAndWait(
                    "Mozart stopped",
                    "The server stopped by itself. The last lines of its log:\n\n"
                            + String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size())));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook has closed the server.
        }
        return 0;
    }

    private int configError(ConfigException e) {
        err.println("Configuration error: " + e.getMessage());
        if (windowed) {
            FailureDialog.showAndWait(
                    "Mozart's configuration has a mistake",
                    e.getMessage()
                            + "\n\nCorrect that line (the file and line are named above),"
                            + " or delete it to use the default,"
                            + " then start Mozart again.");
        }
        return CONFIG_ERROR;
    }

    /** @return how the operator started Mozart, for the hints: the script's path, or java -jar and this jar */
    String command() {
        final String command = System.getProperty(COMMAND_PROPERTY);
        if (command != null && !command.isBlank()) {
            return command;
        }
        final Path jar = runningJar()
                .orElse(applicationDirectory.resolve("mozart.jar"))
                .toAbsolutePath()
                .normalize();
        final String shown = (jar.startsWith(workingDirectory) ? workingDirectory.relativize(jar) : jar).toString();
        return "java -jar " + (shown.contains(" ") ? "\"" + shown + "\"" : shown);
    }

    private static Optional<Path> runningJar() {
        try {
            final CodeSource source = Main.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                final Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return Optional.of(location);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
