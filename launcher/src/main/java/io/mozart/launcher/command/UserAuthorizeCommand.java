package io.mozart.launcher.command;

import io.mozart.api.storage.UserProfile;
import io.mozart.launcher.LaunchTokens;
import io.mozart.server.auth.AuthException;
import io.mozart.server.auth.AuthService;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user:authorize <username> [<password> | --password-stdin]}: logs the user in once (spec 06 §2.2, address
 * {@code 0.0.0.0}) and prints the login token and the OTwo.exe launch token. Exit code −1 for bad credentials
 * (the reference's code; the process status is 255).
 */
@Command(name = "user:authorize", description = "Log a user in and print the login token and the launch token.")
final class UserAuthorizeCommand extends AdminCommand {

    /** Exit code for refused credentials and a missing user, as the reference computes it. */
    static final int REFUSED = -1;

    @Parameters(index = "0", paramLabel = "<username>", description = "The user.")
    private String username;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "<password>",
            description = "The password (omitted: asked for without echo, or read with --password-stdin).")
    private String password;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    private boolean passwordStdin;

    UserAuthorizeCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        final String secret = password(password, passwordStdin, username);
        println("Generating auth token for: [" + username + "]..");
        final String token;
        try {
            token = env.auth().authenticate(username, secret, AuthService.UNKNOWN_ADDRESS);
        } catch (AuthException e) {
            if (e.reason() == AuthException.Reason.INVALID_CREDENTIALS) {
                println(e.getMessage());
                return REFUSED;
            }
            println("Error: " + e.getMessage());
            return FAILED;
        }
        final Optional<UserProfile> user = env.storage().characters().findByUsername(username);
        if (user.isEmpty()) {
            println("Error: User not found");
            return REFUSED;
        }
        final String launch = LaunchTokens.forUser(
                env.storage(),
                user.get(),
                token,
                LaunchTokens.gatewayAddress(env.config()),
                LaunchTokens.gatewayPort(env.config()),
                env.clock().instant());
        println("");
        println("  Token:        " + token);
        println("  Launch token: " + launch);
        return OK;
    }
}
