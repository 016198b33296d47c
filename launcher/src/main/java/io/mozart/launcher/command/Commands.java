package io.mozart.launcher.command;

import io.mozart.launcher.MozartVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The admin command line (spec 06 §5), parsed with picocli. Commands are listed by {@code --help} in the
 * reference's order. A parse error (unknown option, missing or badly typed argument) prints the error and the
 * command's usage and exits 1; a failure while a command runs prints one {@code Error:} line and exits 1.
 */
public final class Commands {

    /** Exit code of a parse error or of a failure inside a command. */
    public static final int ERROR = 1;

    private Commands() {}

    /**
     * Runs one command.
     *
     * @param args the command and its arguments (configuration overrides already removed)
     * @param env  the configuration, output and storage
     * @param err  where errors and usage after an error go
     * @return the exit code the command computed
     */
    public static int execute(List<String> args, CommandEnvironment env, PrintWriter err) {
        final CommandLine line = commandLine(env, err);
        try {
            return line.execute(args.toArray(String[]::new));
        } finally {
            env.out().flush();
            err.flush();
        }
    }

    static CommandLine commandLine(CommandEnvironment env, PrintWriter err) {
        final CommandLine line = new CommandLine(new Root());
        for (final Object command : List.of(
                new DbMigrateCommand(env),
                new UserRegisterCommand(env),
                new UserEquipCommand(env),
                new UserStashCommand(env),
                new UserDepositCommand(env),
                new UserAuthorizeCommand(env),
                new MetadataImportCommand(env),
                new GameStartCommand(env),
                new RankingUpsertCommand(env),
                new VersionCommand(env))) {
            line.addSubcommand(command);
        }
        line.getCommandSpec().version(MozartVersion.lines().toArray(String[]::new));
        line.setOut(env.out());
        line.setErr(err);
        line.setParameterExceptionHandler((e, arguments) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return ERROR;
        });
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            LoggerFactory.getLogger(Commands.class).debug("command failed", e);
            err.println("Error: " + describe(e));
            return ERROR;
        });
        return line;
    }

    private static String describe(Throwable e) {
        final String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The program itself: {@code --help}, {@code --version}, and the commands below it. */
    @Command(
            name = "mozart",
            description = {
                "Mozart, a game server for the O2JamO2 client (network 6.65).",
                "Without arguments (or with only --Section:Key=Value overrides) it starts the server."
            },
            footer = {"", "--Section:Key=Value overrides any configuration key, before or after the command."})
    static final class Root implements Callable<Integer> {

        @Option(
                names = {"-h", "--help", "-?"},
                usageHelp = true,
                description = "Show this help and exit.")
        @SuppressWarnings("UnusedVariable") // read by picocli
        private boolean help;

        @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
        @SuppressWarnings("UnusedVariable") // read by picocli
        private boolean version;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            throw new ParameterException(spec.commandLine(), "Missing command");
        }
    }
}
