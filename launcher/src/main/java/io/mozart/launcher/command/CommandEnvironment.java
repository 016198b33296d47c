package io.mozart.launcher.command;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Storage;
import io.mozart.launcher.StorageFactory;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.config.ServerMode;
import io.mozart.server.auth.AuthService;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every admin command works with: the full configuration, the working directory, the output, and the
 * storage and auth service, opened on first use (so {@code --help} or a bad argument touches no file) and closed
 * when the command has run. Commands never start the TCP or HTTP servers; they share the SQLite file safely with
 * a running server (WAL mode, busy timeout).
 */
public final class CommandEnvironment implements AutoCloseable {

    private final MozartConfig config;
    private final Path workingDirectory;
    private final PrintWriter out;
    private final Clock clock;
    private InputStream in = System.in;
    private Storage storage;
    private ScheduledExecutorService scheduler;
    private AuthService auth;
    private boolean migrated;

    /**
     * @param config           the configuration
     * @param workingDirectory the process working directory (default directory of {@code metadata:import} and
     *                         {@code game:start})
     * @param out              where command output goes
     * @param clock            the clock (login times, free-pass checks)
     */
    public CommandEnvironment(MozartConfig config, Path workingDirectory, PrintWriter out, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the configuration */
    public MozartConfig config() {
        return config;
    }

    /** @return the absolute working directory */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** @return the command output */
    public PrintWriter out() {
        return out;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /**
     * @param input what {@code --password-stdin} reads (default: {@code System.in})
     * @return this environment
     */
    public CommandEnvironment withInput(InputStream input) {
        this.in = Objects.requireNonNull(input, "input");
        return this;
    }

    /**
     * Reads the first line of standard input ({@code --password-stdin}), without its line break.
     *
     * @return the line
     * @throws IllegalArgumentException when standard input is empty
     */
    public String readLineFromInput() {
        try {
            final String line = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset())).readLine();
            if (line == null) {
                throw new IllegalArgumentException("--password-stdin: standard input is empty");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks for a password on the terminal without echo.
     *
     * @param prompt the prompt
     * @return the password
     * @throws IllegalArgumentException when there is no terminal (input or output redirected)
     */
    public String promptPassword(String prompt) {
        final Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no password given and no terminal to ask for one: give it after"
                    + " the username, or pipe it in with --password-stdin");
        }
        final char[] secret = console.readPassword("%s", prompt);
        if (secret == null) {
            throw new IllegalArgumentException("no password entered");
        }
        return new String(secret);
    }

    /**
     * Opens the storage without migrating it ({@code db:migrate} migrates explicitly).
     *
     * @return the storage
     */
    public Storage rawStorage() {
        if (storage == null) {
            storage = StorageFactory.open(config.database(), config.security().synchronous());
        }
        return storage;
    }

    /**
     * Opens the storage, migrated as the server would do it at start (Default auth mode only; a Foreign-mode
     * database is used as it is, spec 06 §1.8).
     *
     * @return the storage, ready for use
     */
    public Storage storage() {
        final Storage s = rawStorage();
        if (!migrated && config.auth().mode() == AuthMode.DEFAULT) {
            s.migrate();
        }
        migrated = true;
        return s;
    }

    /** @return the auth service over {@link #storage()}, with the gateway address of spec 06 §2.2 step 3 */
    public AuthService auth() {
        if (auth == null) {
            final String gatewayId = config.server().mode() == ServerMode.CHANNEL
                    ? config.gateway().address()
                    : config.server().address();
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                final Thread t = new Thread(r, "mozart-command-timer");
                t.setDaemon(true);
                return t;
            });
            auth = new AuthService(
                    storage(),
                    config.auth().mode(),
                    gatewayId,
                    clock,
                    scheduler,
                    null,
                    config.security().options());
        }
        return auth;
    }

    /** Closes the storage and stops the auth service's timer thread. */
    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (storage != null) {
            storage.close();
        }
    }
}
