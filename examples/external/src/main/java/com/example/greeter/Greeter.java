package com.example.greeter;

import io.mozart.api.MozartServer;
import io.mozart.api.extension.CustomPacket;
import io.mozart.api.extension.Requirement;
import io.mozart.api.launch.ClientLaunch;
import io.mozart.api.storage.Gender;
import io.mozart.server.extension.CustomPackets;

/**
 * Embeds Mozart with in-memory storage, adds a typed handler for a packet of its own and prints the OTwo.exe
 * command line of a new account.
 *
 * <pre>
 * java com.example.greeter.Greeter [port]
 * </pre>
 */
public final class Greeter {

    /** 0x7E10 Hello, client → server. */
    public static final CustomPacket<Hello> HELLO = CustomPackets.of(0x7E10, Hello.class, Hello.CODEC);
    /** 0x7E11 Greeting, server → client. */
    public static final CustomPacket<Greeting> GREETING = CustomPackets.of(0x7E11, Greeting.class, Greeting.CODEC);

    private Greeter() {
    }

    /**
     * Starts the server: in-memory storage (no storage given), one typed handler.
     *
     * @param port the port, 0 for any free port
     * @return the running server
     */
    public static MozartServer start(int port) {
        return MozartServer.builder()
                .address("127.0.0.1")
                .port(port)
                .handler(HELLO, GREETING, Requirement.AUTHORIZED,
                        (context, hello) -> new Greeting(("Hello, " + hello.name() + "! ").repeat(hello.times()),
                                context.userId()))
                .start();
    }

    /**
     * Registers an account and returns what starts its game client.
     *
     * @param server   the server
     * @param username the username
     * @param password the password
     * @return the login token, the launch token and the command line
     */
    public static ClientLaunch register(MozartServer server, String username, String password) {
        server.accounts().register(username, password, Gender.FEMALE, false);
        // The address clients should use; behind NAT, pass the public address instead of the bound one.
        return server.accounts().launch(username, password, server.address(), server.port()).orElseThrow();
    }

    /**
     * Runs the server until Ctrl-C.
     *
     * @param args optional port
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        MozartServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 15010);
        ClientLaunch launch = register(server, "guest", "change-me");
        System.out.println(String.join(" ", launch.commandLine()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "greeter-shutdown"));
        server.awaitClose();
    }
}
