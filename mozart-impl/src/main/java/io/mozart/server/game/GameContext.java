package io.mozart.server.game;

import io.mozart.api.ServerOptions;
import io.mozart.api.storage.Storage;
import io.mozart.server.auth.AuthService;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * What every handler class needs: the shared world, storage, the auth service, the options, the
 * event bus, a clock and a random source (injectable so tests can fix them).
 *
 * @param world   the shared state
 * @param storage the storage
 * @param auth    the auth service
 * @param clock   the clock
 * @param random  the random source (room arenas, decorations, session keys, seeds)
 */
public record GameContext(World world, Storage storage, AuthService auth, Clock clock, RandomGenerator random) {

    /** @return the server options */
    public ServerOptions options() {
        return world.options();
    }

    /** @return the event bus */
    public GameEventBus events() {
        return world.events();
    }
}
