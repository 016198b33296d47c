package io.mozart.examples;

import io.mozart.api.ChannelOptions;
import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.launch.ClientLaunch;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.storage.Gender;
import io.mozart.server.metadata.MetadataLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The smallest useful embedding: a server on one channel with in-memory storage, one registered
 * account, and the OTwo.exe launch token and command line printed for the game client (the client is
 * started with the launch token, which carries the login token and the address). Stops on Ctrl-C.
 *
 * <pre>
 * java io.mozart.examples.EmbeddedServer [port] [game data directory]
 *      (port 15010 by default, 0 = any free port; the directory holds OJNList.dat, Itemdata.dat and
 *      AlbumList.ojs; without it the catalogues are empty)
 * </pre>
 */
public final class EmbeddedServer {

    /** The account the example creates. */
    public static final String USERNAME = "player1";
    /** Its password (an example: read real ones from somewhere safe). */
    public static final String PASSWORD = "change-me";

    private EmbeddedServer() {}

    /**
     * Starts the server, prints where it listens and the token, and waits for Ctrl-C.
     *
     * @param args optional port and game data directory
     * @throws InterruptedException when interrupted while waiting
     * @throws IOException          when a game data file exists but cannot be read
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        final int port = args.length > 0 ? Integer.parseInt(args[0]) : ServerOptions.DEFAULT_PORT;
        final MetadataProvider metadata = args.length > 1 ? loadMetadata(Path.of(args[1])) : null;
        final MozartServer server = launch(port, metadata, System.out);
        // Ctrl-C: close() disconnects every player with the normal leave handling, then stops all threads.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mozart-shutdown"));
        server.awaitClose();
    }

    /**
     * What {@link #main} does before it waits: start, register, print.
     *
     * @param port     the port, 0 for any free port
     * @param metadata the game data, or {@code null} for none
     * @param out      where to print host, port, the login token, the launch token and the command line
     * @return the running server (the caller closes it)
     */
    public static MozartServer launch(int port, MetadataProvider metadata, PrintStream out) {
        final MozartServer server = start(port, metadata);
        server.accounts().register(USERNAME, PASSWORD, Gender.MALE, false);
        // The address clients should use: here the bound one; behind NAT or on 0.0.0.0 pass the public one.
        final ClientLaunch launch = server.accounts()
                .launch(USERNAME, PASSWORD, server.address(), server.port())
                .orElseThrow(() -> new IllegalStateException("the account just registered does not log in"));
        out.println("host=" + server.address());
        out.println("port=" + server.port());
        out.println("token=" + launch.loginToken());
        out.println("launch=" + launch.launchToken());
        out.println("command=" + String.join(" ", launch.commandLine()));
        out.println("Start the game client with that command line (OTwo.exe and the launch token);"
                + " press Ctrl-C to stop.");
        return server;
    }

    /**
     * Starts a server: no storage given means in-memory storage (lost at exit); no metadata given means
     * empty music, item and album catalogues.
     *
     * @param port     the port, 0 for any free port
     * @param metadata the game data, or {@code null} for none
     * @return the running server
     */
    public static MozartServer start(int port, MetadataProvider metadata) {
        return MozartServer.builder()
                .address("127.0.0.1")
                .port(port)
                .options(o -> o.channels(ChannelOptions.of(0).withCapacity(50)))
                .metadata(metadata)
                .start();
    }

    /**
     * Loads the three game data files of a directory; a missing file gives an empty catalogue (and a
     * warning in the log), a corrupt one fails with the file name and offset.
     *
     * @param dir the directory
     * @return the same catalogues for every channel
     * @throws IOException when a file exists but cannot be read
     */
    public static MetadataProvider loadMetadata(Path dir) throws IOException {
        return MetadataProvider.of(
                MetadataLoader.music(dir.resolve("OJNList.dat")),
                MetadataLoader.items(dir.resolve("Itemdata.dat")),
                MetadataLoader.albums(dir.resolve("AlbumList.ojs")));
    }

    /**
     * Registers an account and returns the token its game client logs in with.
     *
     * @param server   the running server
     * @param username the username (also the nickname)
     * @param password the password
     * @return the login token
     */
    public static String createPlayer(MozartServer server, String username, String password) {
        server.accounts().register(username, password, Gender.MALE, false);
        return server.accounts()
                .authenticate(username, password)
                .orElseThrow(() -> new IllegalStateException("the account just registered does not log in"));
    }
}
