package io.mozart.server.auth;

import io.mozart.api.Accounts;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.UserProfile;

import java.util.Objects;
import java.util.Optional;

/**
 * {@link Accounts} for embedders, over the server's {@link AuthService}: translates its
 * {@link AuthException}s into the exceptions and empty results the API promises.
 */
public final class ServerAccounts implements Accounts {

    private final AuthService auth;

    /**
     * @param auth the server's auth service
     */
    public ServerAccounts(final AuthService auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public UserProfile register(final String username, final String password, final Gender gender,
                                final boolean administrator) {
        Objects.requireNonNull(gender, "gender");
        try {
            return auth.register(username, password, gender, administrator);
        } catch (AuthException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> authenticate(final String username, final String password,
                                         final String clientAddress) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(auth.authenticate(username, password,
                    clientAddress == null ? AuthService.UNKNOWN_ADDRESS : clientAddress));
        } catch (AuthException e) {
            if (e.reason() == AuthException.Reason.CHARACTER_MISSING) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return Optional.empty();
        }
    }
}
