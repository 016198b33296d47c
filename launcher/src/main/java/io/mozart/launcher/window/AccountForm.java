package io.mozart.launcher.window;

import java.util.Objects;

/**
 * The "Create account" form's logic without Swing: checks the input, calls
 * {@link ServerControl#createAccount} and turns every failure into a message for the player.
 */
final class AccountForm {

    /** Shown when a field is empty; the control is not called. */
    static final String INCOMPLETE = "Enter a username and a password.";

    private AccountForm() {}

    /**
     * The form's outcome: exactly one of the two is set.
     *
     * @param credentials the new account's tokens
     * @param error       a message for the player
     */
    record Result(ServerControl.Credentials credentials, String error) {

        /** Validates that exactly one is set. */
        Result {
            if ((credentials == null) == (error == null)) {
                throw new IllegalArgumentException("exactly one of credentials and error");
            }
        }

        /** @return whether the account was created */
        boolean created() {
            return credentials != null;
        }
    }

    /**
     * Runs the form (on a background thread: it may hash a password and write the database).
     *
     * @param control  the server
     * @param username as typed (not trimmed: the server's rules decide, and say why)
     * @param password as typed
     * @return the tokens or the message to show
     */
    static Result submit(ServerControl control, String username, String password) {
        Objects.requireNonNull(control, "control");
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new Result(null, INCOMPLETE);
        }
        try {
            final ServerControl.Credentials c = control.createAccount(username, password);
            return c == null ? new Result(null, "The server returned no tokens.") : new Result(c, null);
        } catch (IllegalArgumentException e) {
            return new Result(null, StatusText.message(e));
        } catch (RuntimeException e) {
            return new Result(null, "Could not create the account: " + StatusText.message(e));
        }
    }
}
