package io.mozart.api.storage;

/**
 * A registration (or rename) was refused because the name is already in use under Mozart's
 * uniqueness rule: trimmed, ASCII-case-insensitive equality, no pattern matching.
 */
public class UsernameTakenException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String username;

    /**
     * @param username the name that was refused
     */
    public UsernameTakenException(String username) {
        super("username '" + username + "' is already taken");
        this.username = username;
    }

    /**
     * @return the name that was refused
     */
    public String username() {
        return username;
    }
}
