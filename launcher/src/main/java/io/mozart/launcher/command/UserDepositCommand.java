package io.mozart.launcher.command;

import io.mozart.api.storage.InsufficientFundsException;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code user:deposit <username> <gem> [<point>=0]}: adds gems and points to a user's wallet. */
@Command(name = "user:deposit", description = "Add gems and points to a user's wallet.")
final class UserDepositCommand extends AdminCommand {

    @Parameters(index = "0", paramLabel = "<username>", description = "The user.")
    private String username;

    @Parameters(index = "1", paramLabel = "<gem>", description = "Gems to add (0 or more).")
    private int gem;

    @Parameters(
            index = "2",
            paramLabel = "<point>",
            arity = "0..1",
            defaultValue = "0",
            description = "Points to add (0 or more; default: ${DEFAULT-VALUE}).")
    private int point;

    UserDepositCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        if (gem < 0 || point < 0) {
            println("Gem and point amounts cannot be negative.");
            return FAILED;
        }
        final Optional<Wallet> wallet;
        try {
            wallet = env.storage().inTransaction(s -> {
                final Optional<UserProfile> user = s.characters().findByUsername(username);
                return user.isEmpty()
                        ? Optional.<Wallet>empty()
                        : s.wallets().adjust(user.get().id(), new Wallet(gem, point, 0, 0, 0, 0));
            });
        } catch (InsufficientFundsException e) {
            println("Unable to deposit currency: '" + username + "'s balance would overflow.");
            return FAILED;
        }
        if (wallet.isEmpty()) {
            println("User '" + username + "' was not found.");
            return FAILED;
        }
        println("Deposited " + gem + " gem and " + point + " point to '" + username + "'.");
        return OK;
    }
}
