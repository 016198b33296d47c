package io.mozart.launcher.window;

import io.mozart.api.MozartServer;
import io.mozart.api.ServerStatus;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.server.auth.AuthService;
import io.mozart.server.auth.LaunchParameters;
import io.mozart.server.storage.memory.MemoryStorage;

/**
 * A {@link ServerControl} over a real {@link MozartServer} on a free loopback port with in-memory storage,
 * for the window's tests and the screenshot. The launcher's own implementation (over its configured server)
 * is the production one; this one follows the same contract.
 */
final class MozartServerControl implements ServerControl, AutoCloseable {

    private final MemoryStorage storage;
    private final MozartServer server;

    private MozartServerControl(final MemoryStorage storage, final MozartServer server) {
        this.storage = storage;
        this.server = server;
    }

    /** @return a control over a freshly started server */
    static MozartServerControl start() {
        final MemoryStorage storage = new MemoryStorage();
        return new MozartServerControl(storage,
                MozartServer.builder().address("127.0.0.1").port(0).storage(storage).start());
    }

    /** @return the server */
    MozartServer server() {
        return server;
    }

    @Override
    public String endpoint() {
        return server.address() + ":" + server.port();
    }

    @Override
    public ServerStatus status() {
        return server.status();
    }

    @Override
    public Credentials createAccount(final String username, final String password) {
        final UserProfile user;
        try {
            user = server.accounts().register(username, password, Gender.MALE, false);
        } catch (UsernameTakenException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        final String token = server.accounts().authenticate(username, password, AuthService.UNKNOWN_ADDRESS)
                .orElseThrow(() -> new IllegalStateException("the new account does not authenticate"));
        final int rank = storage.rankings().currentRanks().getOrDefault(user.id(), 0);
        final String launch = LaunchParameters.forSession(user.id(), token, user.progress().level(),
                user.gender().storedAsMale(), LaunchParameters.rankField(rank, 0), server.address(),
                server.port()).encrypt();
        return new Credentials(token, launch);
    }

    @Override
    public void stop() {
        server.close();
    }

    @Override
    public void close() {
        server.close();
    }
}
