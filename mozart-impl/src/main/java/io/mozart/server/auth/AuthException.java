package io.mozart.server.auth;

/** An authentication, authorization or registration request was refused. */
public final class AuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        /** Unknown username or wrong password ("Invalid username or password"). */
        INVALID_CREDENTIALS,
        /** The account has no character row (HTTP 422, distinct from bad credentials). */
        CHARACTER_MISSING,
        /** A malformed {@code user:password} token. */
        INVALID_TOKEN,
        /** A registration with an unusable username or password. */
        INVALID_REGISTRATION
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message detail
     */
    public AuthException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * @return why the request was refused
     */
    public Reason reason() {
        return reason;
    }
}
