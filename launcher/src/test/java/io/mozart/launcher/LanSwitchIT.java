package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.launch.LaunchParameters;
import io.mozart.client.Bot;
import io.mozart.launcher.config.ConfigLoader;
import io.mozart.launcher.config.IniReader;
import io.mozart.launcher.config.MozartConfig;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's "Let other computers on my network join" switch over real sockets. A client reaching the server
 * through 127.0.0.2 stands in for a friend's computer: a 127.0.0.1-only listener refuses it, a listener on every
 * interface accepts it and the client logs in. Traffic goes to loopback addresses only (127.0.0.0/8), never to
 * this machine's LAN address.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LanSwitchIT {

    @TempDir
    Path dir;

    private static final String FRIEND = "127.0.0.2";

    private RunningServer start(String... args) {
        final MozartConfig config = ConfigLoader.load(args, dir, dir).config();
        return ServerLauncher.start(
                config,
                new PrintStream(OutputStream.nullOutputStream()),
                "./mozart",
                dir.resolve(ConfigLoader.MOZART_INI));
    }

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Logs alice in with a fresh login token, as the client started by its launch token does. */
    private static void logsIn(RunningServer server, String host, int port) {
        final String token = server.server().auth().authenticate("alice", "s3cret", "0.0.0.0");
        try (Bot bot = Bot.connect(host, port)) {
            bot.login(token, 0);
            assertEquals("alice", bot.characterInfo().info().nickname());
        }
    }

    @Test
    void onAFriendLogsInThroughAnotherAddressOffItCannot() throws Exception {
        Files.writeString(dir.resolve("mozart.ini"), "; my settings\n[Db]\nDriver=Memory\n");
        try (RunningServer server = start("--Server:Port=0")) {
            final int port = server.port();
            assertFalse(server.lan());
            assertTrue(server.lanSwitchAvailable());
            server.createAccount("alice", "s3cret");
            assertFalse(reachable(FRIEND, port), "a 127.0.0.1 listener refuses 127.0.0.2");
            assertThrows(RuntimeException.class, () -> logsIn(server, FRIEND, port));
            logsIn(server, "127.0.0.1", port);

            server.setLan(true);
            assertTrue(server.lan());
            assertEquals(port, server.port(), "the port stays what friends were told");
            assertEquals("0.0.0.0:" + port, server.endpoint());
            logsIn(server, FRIEND, port);
            logsIn(server, "127.0.0.1", port);
            for (final String address : server.joinAddresses()) {
                assertTrue(address.endsWith(":" + port), address);
            }
            // Tokens made now name this computer's address, not the wildcard.
            final ServerControlTokens t = new ServerControlTokens(
                    server.createAccount("carol", "secret").launchToken());
            assertEquals(server.publicAddress(), t.address());
            assertFalse(t.address().equals("0.0.0.0"));
            final var remembered = IniReader.read(dir.resolve("mozart.ini"));
            assertEquals("0.0.0.0", remembered.value("Server:Address").orElseThrow());
            assertEquals("Memory", remembered.value("Db:Driver").orElseThrow(), "other settings stay");
            assertTrue(Files.readString(dir.resolve("mozart.ini")).startsWith("; my settings\n"));

            server.setLan(false);
            assertFalse(server.lan());
            assertFalse(reachable(FRIEND, port), "off again: 127.0.0.2 is refused");
            logsIn(server, "127.0.0.1", port);
            assertEquals(
                    "127.0.0.1",
                    IniReader.read(dir.resolve("mozart.ini"))
                            .value("Server:Address")
                            .orElseThrow());
        }
    }

    @Test
    void theRememberedChoiceIsUsedAtTheNextStartAndTheHttpApiFollows() throws Exception {
        Files.writeString(dir.resolve("mozart.ini"), "[Db]\nDriver=Memory\n");
        final int httpPort;
        try (RunningServer server = start("--Server:Port=0", "--Http:Enabled=true", "--Http:Port=0")) {
            assertFalse(reachable(FRIEND, server.httpPort().orElseThrow()));
            server.setLan(true);
            httpPort = server.httpPort().orElseThrow();
            assertTrue(reachable(FRIEND, httpPort), "the HTTP API listens on every interface too");
        }
        assertEquals(
                "0.0.0.0",
                IniReader.read(dir.resolve("mozart.ini")).value("Http:Address").orElseThrow());
        try (RunningServer again = start("--Server:Port=0", "--Http:Enabled=true", "--Http:Port=0")) {
            assertTrue(again.lan(), "mozart.ini remembered the switch");
            assertTrue(reachable(FRIEND, again.port()));
        }
    }

    /** The address and port fields of a launch token (spec 06 §2.6.1 fields 12 and 13). */
    private record ServerControlTokens(String launchToken) {
        String address() {
            return LaunchParameters.decrypt(launchToken).fields().get(12);
        }
    }
}
