package io.mozart.launcher.command;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.server.auth.AuthException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code user:register <username> [<password> | --password-stdin] [--gender Female|Male|Any] [--admin]}: creates
 * an account with its character and every starter row (spec 06 §1.9) in one transaction. It does not create a
 * login session.
 */
@Command(name = "user:register", description = "Register a new account (no login session is created).")
final class UserRegisterCommand extends AdminCommand {

    @Parameters(index = "0", paramLabel = "<username>", description = "The username (also the nickname).")
    private String username;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "<password>",
            description = "The password (omitted: asked for without echo, or read with --password-stdin).")
    private String password;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    private boolean passwordStdin;

    @Option(
            names = "--gender",
            paramLabel = "Female|Male|Any",
            converter = GenderConverter.class,
            description = "The character's gender (name in any case, or 0, 1, 2; default: Male).")
    private Gender gender = Gender.MALE;

    @Option(names = "--admin", description = "Make the account an administrator.")
    private boolean admin;

    UserRegisterCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        final String secret = password(password, passwordStdin, username);
        try {
            env.auth().register(username, secret, gender, admin);
        } catch (UsernameTakenException e) {
            println("Registration failed: username '" + username + "' is already taken.");
            return FAILED;
        } catch (AuthException e) {
            println("Registration failed: " + e.getMessage() + ".");
            return FAILED;
        }
        println("User has been registered successfully");
        return OK;
    }

    /** Reads {@code Female}/{@code Male}/{@code Any} in any case, or the numbers 0, 1, 2. */
    static final class GenderConverter implements ITypeConverter<Gender> {
        @Override
        public Gender convert(String value) {
            final String v = value.strip().toUpperCase(Locale.ROOT);
            return switch (v) {
                case "FEMALE", "0" -> Gender.FEMALE;
                case "MALE", "1" -> Gender.MALE;
                case "ANY", "2" -> Gender.ANY;
                default -> throw new TypeConversionException("'" + value + "' is not Female, Male or Any");
            };
        }
    }
}
