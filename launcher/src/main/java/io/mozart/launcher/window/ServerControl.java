package io.mozart.launcher.window;

import io.mozart.api.ServerStatus;

/**
 * What the desktop window may see and do of the running server. The launcher implements it over the
 * running {@code MozartServer}; the window only calls it (from a background thread, never the EDT).
 */
public interface ServerControl {

    /** @return where the game server listens, as {@code address:port} */
    String endpoint();

    /** @return a fresh snapshot of channels and players online */
    ServerStatus status();

    /**
     * Registers an account and logs it in once, so its launch token can be shown.
     *
     * @param username the username
     * @param password the password
     * @return the login token and the OTwo.exe launch token
     * @throws IllegalArgumentException with a message fit to show a player (name taken, bad name, ...)
     */
    Credentials createAccount(String username, String password);

    /** @return the loaded plugins as {@code name (jar)}, empty when there are none */
    default java.util.List<String> plugins() {
        return java.util.List.of();
    }

    /** Stops the server; the window closes when the server has stopped. */
    void stop();

    /**
     * A new account's tokens.
     *
     * @param token       the 32-hex login token
     * @param launchToken the encrypted OTwo.exe launch parameter
     */
    record Credentials(String token, String launchToken) {
    }
}
