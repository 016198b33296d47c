package io.mozart.api.launch;

import java.util.List;
import java.util.Objects;

/**
 * What starts a game client for one account: the login token, the OTwo.exe launch token (which carries
 * the login token and the address to connect to) and the full command line.
 *
 * @param loginToken  the 32-character login token (the client sends it with Authorize)
 * @param launchToken the encrypted launch token, OTwo.exe's first argument
 * @param commandLine {@code OTwo.exe}, the launch token and one {@code |test|??|address|port} entry per
 *                    planet, as separate arguments
 */
public record ClientLaunch(String loginToken, String launchToken, List<String> commandLine) {

    /** The executable name at the head of {@link #commandLine()}. */
    public static final String EXECUTABLE = "OTwo.exe";

    /**
     * Validates and copies.
     *
     * @param loginToken  login token
     * @param launchToken launch token
     * @param commandLine command line
     */
    public ClientLaunch {
        Objects.requireNonNull(loginToken, "loginToken");
        Objects.requireNonNull(launchToken, "launchToken");
        commandLine = List.copyOf(commandLine);
    }
}
