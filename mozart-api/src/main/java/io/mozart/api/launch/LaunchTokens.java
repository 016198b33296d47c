package io.mozart.api.launch;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The OTwo.exe launch token of a user (spec 06 §2.6) and the client's command line. The launcher's
 * {@code user:authorize}, {@code game:start} and window use this class, and so does
 * {@link io.mozart.api.Accounts#launch}.
 */
public final class LaunchTokens {

    /** How many {@code |test|??|address|port} entries {@code game:start} passes (one per planet). */
    public static final int GATEWAY_ENTRIES = 5;

    private LaunchTokens() {}

    /**
     * Builds the encrypted launch token.
     *
     * @param storage      the storage (reads the user's ranking and free pass)
     * @param user         the character
     * @param sessionToken the login token (field 6; the client sends it back when it logs in)
     * @param address      the address clients should connect to (field 12)
     * @param port         the port they connect to (field 13)
     * @param now          the time that decides whether a free pass is active
     * @return the encrypted launch parameter, the first argument of OTwo.exe
     */
    public static String forUser(
            Storage storage, UserProfile user, String sessionToken, String address, int port, Instant now) {
        int ranking =
                storage.rankings().find(user.id()).map(RankingEntry::ranking).orElse(0);
        int freePass = storage.members()
                .findByUsername(user.username())
                .map(Member::passes)
                .map(p -> p.activeFreePassType(now))
                .orElse(0);
        return LaunchParameters.forSession(
                        user.id(),
                        sessionToken,
                        user.progress().level(),
                        user.gender() != Gender.FEMALE,
                        LaunchParameters.rankField(ranking, freePass),
                        address,
                        port)
                .encrypt();
    }

    /**
     * The client's command line (spec 06 §2.6): the executable, the launch token, then one
     * {@code |test|??|address|port} entry per planet.
     *
     * @param executable  path of OTwo.exe as the caller will run it
     * @param launchToken the encrypted launch token
     * @param address     the address clients should connect to
     * @param port        the port
     * @return the arguments, the executable first
     */
    public static List<String> commandLine(String executable, String launchToken, String address, int port) {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(launchToken, "launchToken");
        List<String> command = new ArrayList<>(2 + GATEWAY_ENTRIES);
        command.add(executable);
        command.add(launchToken);
        for (int i = 0; i < GATEWAY_ENTRIES; i++) {
            command.add(gatewayEntry(address, port));
        }
        return List.copyOf(command);
    }

    /**
     * @param address the address clients should connect to
     * @param port    the port
     * @return one planet entry of the command line
     */
    public static String gatewayEntry(String address, int port) {
        return "|test|??|" + Objects.requireNonNull(address, "address") + "|" + port;
    }
}
