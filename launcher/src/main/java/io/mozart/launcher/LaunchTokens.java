package io.mozart.launcher;

import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.config.ServerMode;
import java.time.Instant;

/**
 * The encrypted OTwo.exe launch parameter of a user (spec 06 §2.6), as {@code user:authorize}, {@code game:start}
 * and the desktop window print it.
 */
public final class LaunchTokens {

    private LaunchTokens() {}

    /**
     * Builds the launch token with the API's {@link io.mozart.api.launch.LaunchTokens} (the same code an
     * embedder uses).
     *
     * @param storage        the storage (reads the user's ranking and free pass)
     * @param user           the character
     * @param sessionToken   the login token (field 6; the client sends it back when it logs in)
     * @param gatewayAddress where the client connects (field 12)
     * @param gatewayPort    the port it connects to (field 13)
     * @param now            the time that decides whether a free pass is active
     * @return the encrypted launch parameter
     */
    public static String forUser(
            Storage storage,
            UserProfile user,
            String sessionToken,
            String gatewayAddress,
            int gatewayPort,
            Instant now) {
        return io.mozart.api.launch.LaunchTokens.forUser(storage, user, sessionToken, gatewayAddress, gatewayPort, now);
    }

    /**
     * @param config the configuration
     * @return the address the launch token names: {@link PublicAddress#of}, never a wildcard
     */
    public static String gatewayAddress(MozartConfig config) {
        return PublicAddress.of(config);
    }

    /**
     * @param config the configuration
     * @return the port the launch token names: {@code Gateway:Port} in Channel mode, else {@code Server:Port}
     */
    public static int gatewayPort(MozartConfig config) {
        return config.server().mode() == ServerMode.CHANNEL
                ? config.gateway().port()
                : config.server().port();
    }
}
