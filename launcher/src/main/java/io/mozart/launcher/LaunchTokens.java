package io.mozart.launcher;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.config.ServerMode;
import io.mozart.server.auth.LaunchParameters;

import java.time.Instant;

/**
 * The encrypted OTwo.exe launch parameter of a user (spec 06 §2.6), as {@code user:authorize}, {@code game:start}
 * and the desktop window print it.
 */
public final class LaunchTokens {

    private LaunchTokens() {
    }

    /**
     * Builds the launch token.
     *
     * @param storage        the storage (reads the user's ranking and free pass)
     * @param user           the character
     * @param sessionToken   the login token (field 6; the client sends it back when it logs in)
     * @param gatewayAddress where the client connects (field 12)
     * @param gatewayPort    the port it connects to (field 13)
     * @param now            the time that decides whether a free pass is active
     * @return the encrypted launch parameter
     */
    public static String forUser(final Storage storage, final UserProfile user, final String sessionToken,
                                 final String gatewayAddress, final int gatewayPort, final Instant now) {
        final int ranking = storage.rankings().find(user.id()).map(RankingEntry::ranking).orElse(0);
        final int freePass = storage.members().findByUsername(user.username()).map(Member::passes)
                .map(p -> p.activeFreePassType(now)).orElse(0);
        return LaunchParameters.forSession(user.id(), sessionToken, user.progress().level(),
                user.gender() != Gender.FEMALE, LaunchParameters.rankField(ranking, freePass), gatewayAddress,
                gatewayPort).encrypt();
    }

    /**
     * @param config the configuration
     * @return the address the launch token names: {@link PublicAddress#of}, never a wildcard
     */
    public static String gatewayAddress(final MozartConfig config) {
        return PublicAddress.of(config);
    }

    /**
     * @param config the configuration
     * @return the port the launch token names: {@code Gateway:Port} in Channel mode, else {@code Server:Port}
     */
    public static int gatewayPort(final MozartConfig config) {
        return config.server().mode() == ServerMode.CHANNEL ? config.gateway().port() : config.server().port();
    }
}
