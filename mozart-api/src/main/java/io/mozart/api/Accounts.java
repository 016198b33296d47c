package io.mozart.api;

import io.mozart.api.launch.ClientLaunch;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.UserProfile;
import java.util.Optional;

/**
 * Account registration and login tokens, the embedder's way to create players without reaching into
 * the implementation: {@code server.accounts().register("alice", "secret", Gender.FEMALE, false)}, then
 * {@code server.accounts().authenticate("alice", "secret")} gives the login token the game client sends
 * with Authorize. The game client is not started with that token: it needs the OTwo.exe launch token,
 * which carries the login token and the address to connect to; {@link #launch} gives it with the whole
 * command line.
 *
 * <p>Passwords are stored the way the server's {@link AuthMode} demands (hashed in Default mode,
 * plaintext in Foreign mode), in the server's storage. Both methods do storage I/O and may be called
 * from any thread, but not from a game thread that must stay quick (an event listener or a packet
 * handler).
 */
public interface Accounts {

    /**
     * Registers an account with its character and every starter row (wallet, starter equipment,
     * penalty and ranking rows) in one transaction. The nickname is the username.
     *
     * @param username      1..20 characters (1..12 in Foreign mode), no surrounding blanks, no control
     *                      characters, no {@code ':'}
     * @param password      not empty (at most 20 characters in Foreign mode)
     * @param gender        the character's gender
     * @param administrator whether the account may announce and sees administrator chat
     * @return the new character
     * @throws io.mozart.api.storage.UsernameTakenException when the name is taken (compared trimmed and
     *                                                      ASCII-case-insensitively)
     * @throws IllegalArgumentException                     for a username or password the rules above refuse
     */
    UserProfile register(String username, String password, Gender gender, boolean administrator);

    /**
     * Verifies the credentials and returns the account's login token (spec 06 §2.2): the token of the
     * existing login session when there is one, otherwise a new session is created.
     *
     * @param username      the exact username
     * @param password      the password
     * @param clientAddress the address recorded on a new login session, {@code null} when unknown
     * @return the 32-character token, empty for an unknown username or a wrong password
     * @throws IllegalStateException when the account exists but has no character (a broken import)
     */
    Optional<String> authenticate(String username, String password, String clientAddress);

    /**
     * {@link #authenticate(String, String, String)} with an unknown client address.
     *
     * @param username the exact username
     * @param password the password
     * @return the token, empty for an unknown username or a wrong password
     */
    default Optional<String> authenticate(String username, String password) {
        return authenticate(username, password, null);
    }

    /**
     * Authenticates like {@link #authenticate(String, String, String)} and builds what starts the game
     * client for the account (spec 06 §2.6): the OTwo.exe launch token and its command line, naming the
     * address and port clients should connect to (which may differ from the bound address, for example
     * behind NAT or when bound to 0.0.0.0).
     *
     * @param username the exact username
     * @param password the password
     * @param address  the address clients should use
     * @param port     the port clients should use
     * @return the launch, empty for an unknown username or a wrong password
     * @throws IllegalStateException when the account exists but has no character (a broken import)
     */
    Optional<ClientLaunch> launch(String username, String password, String address, int port);
}
