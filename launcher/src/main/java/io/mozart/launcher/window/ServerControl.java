package io.mozart.launcher.window;

import io.mozart.api.ServerStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the desktop window may see and do of the running server. The launcher implements it over the running
 * {@code MozartServer} with the same services the admin commands use; the window only calls it (from a background
 * thread, never the EDT) and holds no game logic of its own.
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

    /** @return the usernames of the accounts, sorted (at most {@value #MAX_ACCOUNTS}) */
    default List<String> accounts() {
        return List.of();
    }

    /** How many accounts {@link #accounts()} lists at most. */
    int MAX_ACCOUNTS = 1000;

    /**
     * Sets a new password.
     *
     * @param username the account
     * @param password the new password
     * @throws IllegalArgumentException with a message fit to show (no such account, empty password)
     */
    default void resetPassword(String username, String password) {
        throw new UnsupportedOperationException("resetting passwords");
    }

    /** @return whether the "Let other computers on my network join" switch applies (Full mode) */
    default boolean lanSwitchAvailable() {
        return false;
    }

    /** @return whether the server listens on every interface */
    default boolean lan() {
        return false;
    }

    /**
     * Restarts the listener (game server and HTTP API) on every interface or on 127.0.0.1 only, and remembers the
     * choice in {@code mozart.ini}. Players online are disconnected.
     *
     * @param on whether other computers may join
     * @throws RuntimeException with a message fit to show when the new listener cannot start (the old one is
     *                          restored when it can be)
     */
    default void setLan(boolean on) {
        throw new UnsupportedOperationException("the LAN switch");
    }

    /** @return {@code address:port} for every LAN IPv4 address of this computer, when {@link #lan()} */
    default List<String> joinAddresses() {
        return List.of();
    }

    /** @return songs, items and albums loaded, by channel id */
    default Map<Integer, Catalogue> catalogues() {
        return Map.of();
    }

    /**
     * Runs {@code metadata:import} on an O2Jam folder and reloads the catalogue, without a restart.
     *
     * @param o2jamFolder the client folder (the one holding {@code Image})
     * @param progress    receives one line per step
     * @return whether at least one file was imported
     */
    default boolean importSongs(Path o2jamFolder, Consumer<String> progress) {
        throw new UnsupportedOperationException("importing songs");
    }

    /** @return the O2Jam client folder remembered in {@code mozart.ini} */
    default Optional<Path> clientFolder() {
        return Optional.empty();
    }

    /**
     * Logs the account in and starts {@code OTwo.exe} exactly as {@code game:start} does (on Windows), or returns
     * the command line to run (elsewhere). Remembers the folder in {@code mozart.ini}.
     *
     * @param username    the account
     * @param password    its password
     * @param o2jamFolder the folder holding OTwo.exe
     * @return what happened
     * @throws IllegalArgumentException with a message fit to show (no OTwo.exe, wrong password)
     */
    default ClientStart startClient(String username, String password, Path o2jamFolder) {
        throw new UnsupportedOperationException("starting the client");
    }

    /** @return why the server cannot serve players right now (database lost, server stopped), if it cannot */
    default Optional<String> problem() {
        return Optional.empty();
    }

    /**
     * A new account's tokens.
     *
     * @param token       the 32-hex login token
     * @param launchToken the encrypted OTwo.exe launch parameter
     */
    record Credentials(String token, String launchToken) {}

    /**
     * One channel's catalogues.
     *
     * @param songs  entries of OJNList.dat
     * @param items  entries of Itemdata.dat
     * @param albums entries of AlbumList.ojs
     */
    record Catalogue(int songs, int items, int albums) {}

    /**
     * The outcome of "Start O2Jam…".
     *
     * @param started     whether OTwo.exe was started (Windows)
     * @param commandLine the full command line, one shell line (to copy, for Wine)
     */
    record ClientStart(boolean started, String commandLine) {}
}
