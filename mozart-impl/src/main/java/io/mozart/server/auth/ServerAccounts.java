package io.mozart.server.auth;

import io.mozart.api.Accounts;
import io.mozart.api.launch.ClientLaunch;
import io.mozart.api.launch.LaunchTokens;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Accounts} for embedders, over the server's {@link AuthService}: translates its
 * {@link AuthException}s into the exceptions and empty results the API promises.
 */
public final class ServerAccounts implements Accounts {

    private final AuthService auth;
    private final Storage storage;
    private final Clock clock;

    /**
     * @param auth    the server's auth service
     * @param storage the storage the auth service uses (read for the launch token's rank field)
     * @param clock   the clock that decides whether a free pass is active
     */
    public ServerAccounts(AuthService auth, Storage storage, Clock clock) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UserProfile register(String username, String password, Gender gender, boolean administrator) {
        Objects.requireNonNull(gender, "gender");
        try {
            return auth.register(username, password, gender, administrator);
        } catch (AuthException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> authenticate(String username, String password, String clientAddress) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(auth.authenticate(
                    username, password, clientAddress == null ? AuthService.UNKNOWN_ADDRESS : clientAddress));
        } catch (AuthException e) {
            if (e.reason() == AuthException.Reason.CHARACTER_MISSING) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return Optional.empty();
        }
    }

    @Override
    public Optional<ClientLaunch> launch(String username, String password, String address, int port) {
        Objects.requireNonNull(address, "address");
        Optional<String> token = authenticate(username, password, null);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        UserProfile user = storage.characters()
                .findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("account " + username + " has no character"));
        String launchToken = LaunchTokens.forUser(storage, user, token.get(), address, port, clock.instant());
        return Optional.of(new ClientLaunch(
                token.get(),
                launchToken,
                LaunchTokens.commandLine(ClientLaunch.EXECUTABLE, launchToken, address, port)));
    }
}
