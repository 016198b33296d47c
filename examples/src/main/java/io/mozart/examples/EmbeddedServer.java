package io.mozart.examples;

import io.mozart.api.ChannelOptions;
import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.storage.Gender;

import java.io.PrintStream;

/**
 * The smallest useful embedding: a server on one channel with in-memory storage, one registered
 * account, and the login token printed for the game client. Stops on Ctrl-C.
 *
 * <pre>
 * java io.mozart.examples.EmbeddedServer [port]      (default 15010; 0 = any free port)
 * </pre>
 */
public final class EmbeddedServer {

    /** The account the example creates. */
    public static final String USERNAME = "player1";
    /** Its password (an example: read real ones from somewhere safe). */
    public static final String PASSWORD = "change-me";

    private EmbeddedServer() {
    }

    /**
     * Starts the server, prints where it listens and the token, and waits for Ctrl-C.
     *
     * @param args optional port
     * @throws InterruptedException when interrupted while waiting
     */
    public static void main(final String[] args) throws InterruptedException {
        final int port = args.length > 0 ? Integer.parseInt(args[0]) : ServerOptions.DEFAULT_PORT;
        final MozartServer server = launch(port, System.out);
        // Ctrl-C: close() disconnects every player with the normal leave handling, then stops all threads.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mozart-shutdown"));
        server.awaitClose();
    }

    /**
     * What {@link #main} does before it waits: start, register, print.
     *
     * @param port the port, 0 for any free port
     * @param out  where to print host, port and token
     * @return the running server (the caller closes it)
     */
    public static MozartServer launch(final int port, final PrintStream out) {
        final MozartServer server = start(port);
        final String token = createPlayer(server, USERNAME, PASSWORD);
        out.println("host=" + server.address());
        out.println("port=" + server.port());
        out.println("token=" + token);
        out.println("Start the game client with this token; press Ctrl-C to stop.");
        return server;
    }

    /**
     * Starts a server: no storage given means in-memory storage (lost at exit); no metadata given means
     * empty music and item catalogues.
     *
     * @param port the port, 0 for any free port
     * @return the running server
     */
    public static MozartServer start(final int port) {
        return MozartServer.builder()
                .address("127.0.0.1")
                .port(port)
                .options(o -> o.channels(ChannelOptions.of(0).withCapacity(50)))
                .start();
    }

    /**
     * Registers an account and returns the token its game client logs in with.
     *
     * @param server   the running server
     * @param username the username (also the nickname)
     * @param password the password
     * @return the login token
     */
    public static String createPlayer(final MozartServer server, final String username, final String password) {
        server.accounts().register(username, password, Gender.MALE, false);
        return server.accounts().authenticate(username, password)
                .orElseThrow(() -> new IllegalStateException("the account just registered does not log in"));
    }
}
