package io.mozart.launcher.command;

import io.mozart.api.storage.UserProfile;
import io.mozart.launcher.GameClient;
import io.mozart.launcher.LaunchTokens;
import io.mozart.launcher.config.ServerMode;
import io.mozart.server.auth.AuthService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code game:start <username> <password> [<dir>]}: logs the user in and starts {@code OTwo.exe} from the client
 * directory with the launch token and five times the local gateway ({@code |test|??|<address>|<port>}). OTwo.exe
 * is a Windows program: on other systems the command prints the exact command line instead (to run it with Wine,
 * for example) and exits 0.
 */
@Command(name = "game:start", description = "Log a user in and start the O2Jam client (OTwo.exe) for it.")
final class GameStartCommand extends AdminCommand {

    /** How many times the gateway is passed (the reference passes the local gateway five times). */
    static final int GATEWAYS = GameClient.GATEWAYS;

    @Parameters(index = "0", paramLabel = "<username>", description = "The user.")
    private String username;

    @Parameters(index = "1", paramLabel = "<password>", description = "The password.")
    private String password;

    @Parameters(
            index = "2",
            arity = "0..1",
            paramLabel = "<dir>",
            description = "The O2Jam client directory holding OTwo.exe (default: the current directory).")
    private String directory;

    GameStartCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        if (env.config().server().mode() == ServerMode.CHANNEL) {
            println("game:start is only available in Full or Gateway mode.");
            return FAILED;
        }
        final Path dir = directory == null
                ? env.workingDirectory()
                : env.workingDirectory().resolve(directory);
        final Optional<Path> exe = GameClient.find(dir);
        if (exe.isEmpty()) {
            println("OTwo.exe was not found in: " + dir);
            return FAILED;
        }
        try {
            final String token = env.auth().authenticate(username, password, AuthService.UNKNOWN_ADDRESS);
            final UserProfile user = env.storage()
                    .characters()
                    .findByUsername(username)
                    .orElseThrow(() -> new IllegalStateException("User not found"));
            final String address = LaunchTokens.gatewayAddress(env.config());
            final int port = env.config().server().port();
            final List<String> command = GameClient.commandLine(
                    exe.get(),
                    LaunchTokens.forUser(
                            env.storage(),
                            user,
                            token,
                            address,
                            port,
                            env.clock().instant()),
                    address,
                    port);
            if (!GameClient.canStart()) {
                println("OTwo.exe runs on Windows only; start it in " + dir + " with this command line:");
                println(shellLine(command));
                return OK;
            }
            GameClient.start(command, dir);
        } catch (IOException | RuntimeException e) {
            println("Unable to start O2Jam: " + e.getMessage());
            return FAILED;
        }
        println("Started O2JamO2 for: " + username);
        return OK;
    }

    /**
     * @param command the arguments
     * @return them as one POSIX shell line, each argument in single quotes
     */
    static String shellLine(List<String> command) {
        return GameClient.shellLine(command);
    }
}
