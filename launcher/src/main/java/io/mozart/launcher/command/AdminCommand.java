package io.mozart.launcher.command;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * Base of the admin commands of spec 06 §5: each returns the exit code it computes, which becomes the process
 * exit status (the reference returns 0 for every command that ran; Mozart returns the computed code).
 */
abstract class AdminCommand implements Callable<Integer> {

    /** Exit code of a command that did what was asked. */
    static final int OK = 0;
    /** Exit code of a command that refused (not found, taken, full bag, ...). */
    static final int FAILED = 1;

    /** The configuration, output, storage and auth service. */
    protected final CommandEnvironment env;

    @Option(
            names = {"-h", "--help", "-?"},
            usageHelp = true,
            description = "Show this help and exit.")
    @SuppressWarnings("UnusedVariable") // read by picocli
    private boolean help;

    AdminCommand(CommandEnvironment env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /**
     * The password of {@code user:register} and {@code user:authorize}: as given on the command line, else the
     * first line of standard input with {@code --password-stdin}, else asked for on the terminal without echo.
     *
     * @param given    the positional argument, or null
     * @param stdin    whether {@code --password-stdin} was given
     * @param username whom it is for (in the prompt)
     * @return the password
     * @throws IllegalArgumentException when both or neither can be had (the command prints it and exits 1)
     */
    protected final String password(String given, boolean stdin, String username) {
        if (given != null && stdin) {
            throw new IllegalArgumentException(
                    "give the password either after the username or with" + " --password-stdin, not both");
        }
        if (given != null) {
            return given;
        }
        return stdin ? env.readLineFromInput() : env.promptPassword("Password for " + username + ": ");
    }

    /**
     * Prints one line of command output.
     *
     * @param line the line
     */
    protected final void println(String line) {
        env.out().println(line);
    }
}
