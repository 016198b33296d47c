package io.mozart.launcher;

import java.net.BindException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the server could not start, in plain words with what to do about it: the text the failure dialog of a
 * double-clicked Mozart shows and the console prints.
 */
public final class StartFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key     the configuration key to change, or null
     * @param message the reason and what to do
     * @param cause   the underlying failure
     */
    public StartFailure(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** @return the configuration key to change, if one is to blame */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /**
     * @param failure a failure
     * @return whether a {@link BindException} (address in use, or not this machine's) is among its causes
     */
    static boolean portProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param key     {@code Server:Port} or {@code Http:Port}
     * @param address the address it was to listen on
     * @param port    the port
     * @param failure what binding threw
     * @return the plain-words failure
     */
    static StartFailure listen(String key, String address, int port, Throwable failure) {
        final String section = key.substring(0, key.indexOf(':'));
        final String detail = String.valueOf(failure.getMessage());
        if (portProblem(failure) && detail.toLowerCase(Locale.ROOT).contains("in use")) {
            return new StartFailure(
                    key,
                    "Another program uses port " + port + " — close it or change " + key
                            + " (in config.ini or mozart.ini).",
                    failure);
        }
        if (portProblem(failure)) {
            return new StartFailure(
                    section + ":Address",
                    "Mozart cannot listen on " + address + ":" + port + " ("
                            + detail + "). Check " + section + ":Address names an address of this computer, or change "
                            + key + ".",
                    failure);
        }
        return new StartFailure(key, "Mozart cannot listen on " + address + ":" + port + ": " + detail, failure);
    }

    /**
     * @param database what {@code StorageFactory.describe} says of the database
     * @param failure  what opening or migrating it threw
     * @return the plain-words failure
     */
    static StartFailure database(String database, Throwable failure) {
        return new StartFailure(
                "Db:Url",
                "The database could not be opened: " + database + " — "
                        + rootMessage(failure) + ". Check Db:Driver and Db:Url, that the database server runs and that"
                        + " the file or folder can be written.",
                failure);
    }

    /**
     * @param failure a failure
     * @return the message of its deepest cause that has one
     */
    static String rootMessage(Throwable failure) {
        String message = failure.toString();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
