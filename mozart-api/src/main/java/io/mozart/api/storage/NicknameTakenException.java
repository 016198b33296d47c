package io.mozart.api.storage;

/**
 * A nickname change (or a registration whose nickname equals its username) clashed with another
 * character's nickname under the same rule as {@link UsernameTakenException}.
 */
public class NicknameTakenException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String nickname;

    /**
     * @param nickname the nickname that was refused
     */
    public NicknameTakenException(String nickname) {
        super("nickname '" + nickname + "' is already taken");
        this.nickname = nickname;
    }

    /**
     * @return the nickname that was refused
     */
    public String nickname() {
        return nickname;
    }
}
