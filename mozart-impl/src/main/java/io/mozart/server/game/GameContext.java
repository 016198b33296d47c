package io.mozart.server.game;

import io.mozart.api.ServerOptions;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserGraph;
import io.mozart.server.auth.AuthService;
import java.time.Clock;
import java.util.Optional;
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

    /**
     * Re-reads a player's stored data into its cached identity (gender and the administrator flag stay
     * as loaded at Authorize, spec 02 §5.9). Call after any write that changes what the client is shown.
     *
     * @param player the player
     * @return the refreshed identity, or {@code null} when the user vanished from storage
     */
    public Identity refresh(Player player) {
        Identity id = player.identity();
        Optional<UserGraph> fresh = storage.loadUser(id.userId());
        if (fresh.isEmpty()) {
            return null;
        }
        Identity next = id.refreshed(fresh.get(), clock.instant());
        player.identity(next);
        return next;
    }
}
