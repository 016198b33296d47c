package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.launch.LaunchParameters;
import io.mozart.launcher.config.ConfigLoader;
import io.mozart.launcher.config.MozartConfig;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Server:PublicAddress}: the rule, its validation, and what launch tokens (decoded, spec 06 §2.6.2) and
 * {@code game:start} command lines carry.
 */
class PublicAddressTest {

    @TempDir
    Path root;

    private static Inet4Address v4(String text) throws Exception {
        return (Inet4Address) InetAddress.getByName(text);
    }

    @Test
    void theRule() throws Exception {
        final List<Inet4Address> lan = List.of(v4("192.168.1.20"), v4("10.0.0.5"));
        assertEquals("10.9.9.9", PublicAddress.resolve(Optional.of("10.9.9.9"), "0.0.0.0", lan));
        assertEquals("10.9.9.9", PublicAddress.resolve(Optional.of("10.9.9.9"), "127.0.0.1", lan));
        assertEquals("127.0.0.1", PublicAddress.resolve(Optional.empty(), "127.0.0.1", lan));
        assertEquals("192.168.1.7", PublicAddress.resolve(Optional.empty(), "192.168.1.7", lan));
        assertEquals("192.168.1.20", PublicAddress.resolve(Optional.empty(), "0.0.0.0", lan));
        assertEquals("192.168.1.20", PublicAddress.resolve(Optional.empty(), "::", lan));
        assertEquals("127.0.0.1", PublicAddress.resolve(Optional.empty(), "0.0.0.0", List.of()));
    }

    @Test
    void lanAddressesAreSiteLocalIpv4Only() {
        for (final Inet4Address a : PublicAddress.lanAddresses()) {
            assertTrue(a.isSiteLocalAddress() && !a.isLoopbackAddress(), a::toString);
        }
    }

    @Test
    void aWildcardListenAddressIsNeverPutInATokenOnThisMachine() throws Exception {
        final Path dir = Files.createDirectories(root.resolve("cfg"));
        final MozartConfig config = ConfigLoader.load(new String[] {"--Server:Address=0.0.0.0"}, dir, dir)
                .config();
        final String address = PublicAddress.of(config);
        assertFalse(address.equals("0.0.0.0"), address);
        final List<Inet4Address> lan = PublicAddress.lanAddresses();
        assertEquals(lan.isEmpty() ? "127.0.0.1" : lan.get(0).getHostAddress(), address);
    }

    @Test
    void badValuesExitWithCode2NamingTheKey() {
        final Cli cli = new Cli(root);
        for (final String bad : List.of("0.0.0.0", "::", "example.com", "300.1.1.1", "1.2.3")) {
            final Cli.Result r = cli.run("--Server:PublicAddress=" + bad, "user:register", "a", "b");
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("Server:PublicAddress"), r::toString);
        }
        final Cli.Result empty = cli.run("--Server:PublicAddress=", "version");
        assertEquals(0, empty.code(), empty::toString);
    }

    private static String field12(String launchToken) {
        return LaunchParameters.decrypt(launchToken).fields().get(12);
    }

    @Test
    void userAuthorizePutsThePublicAddressIntoTheToken() {
        final Cli cli = new Cli(root);
        assertEquals(0, cli.run("user:register", "alice", "s3cret").code());

        final Cli.Result wildcard = cli.run("--Server:Address=0.0.0.0", "user:authorize", "alice", "s3cret");
        assertEquals(0, wildcard.code(), wildcard::toString);
        final String derived = field12(wildcard.value("  Launch token:"));
        assertFalse(derived.equals("0.0.0.0"), derived);
        final List<Inet4Address> lan = PublicAddress.lanAddresses();
        assertEquals(lan.isEmpty() ? "127.0.0.1" : lan.get(0).getHostAddress(), derived);

        final Cli.Result set = cli.run(
                "--Server:Address=0.0.0.0", "--Server:PublicAddress=10.1.2.3", "user:authorize", "alice", "s3cret");
        assertEquals("10.1.2.3", field12(set.value("  Launch token:")), set::toString);

        final Cli.Result loopback = cli.run("user:authorize", "alice", "s3cret");
        assertEquals("127.0.0.1", field12(loopback.value("  Launch token:")), loopback::toString);

        // Channel mode: the gateway's address, with the same wildcard rule, or the public address.
        final Cli.Result channel = cli.run(
                "--Server:Mode=Channel",
                "--Gateway:Address=0.0.0.0",
                "--Gateway:Port=15999",
                "user:authorize",
                "alice",
                "s3cret");
        assertEquals(derived, field12(channel.value("  Launch token:")), channel::toString);
        assertEquals(
                "15999",
                LaunchParameters.decrypt(channel.value("  Launch token:"))
                        .fields()
                        .get(13));
        final Cli.Result channelSet = cli.run(
                "--Server:Mode=Channel",
                "--Gateway:Address=10.0.0.7",
                "--Gateway:Port=15999",
                "--Server:PublicAddress=172.16.0.9",
                "user:authorize",
                "alice",
                "s3cret");
        assertEquals("172.16.0.9", field12(channelSet.value("  Launch token:")), channelSet::toString);
    }

    @Test
    void gameStartCarriesThePublicAddressInTheTokenAndTheGatewayArguments() throws Exception {
        final Cli cli = new Cli(root);
        final Path client = Files.createDirectories(root.resolve("O2Jam"));
        Files.write(client.resolve("OTwo.exe"), new byte[] {'M', 'Z'});
        assertEquals(0, cli.run("user:register", "bob", "secret").code());
        final Cli.Result r = cli.run(
                "--Server:Address=0.0.0.0",
                "--Server:PublicAddress=192.168.7.7",
                "game:start",
                "bob",
                "secret",
                client.toString());
        assertEquals(0, r.code(), r::toString);
        if (GameClient.canStart()) {
            return; // Windows started OTwo.exe; the command line is not printed there
        }
        final String line = r.lines().get(1);
        assertEquals(
                GameClient.GATEWAYS, line.split("\\|test\\|\\?\\?\\|192\\.168\\.7\\.7\\|15010", -1).length - 1, line);
        assertFalse(line.contains("0.0.0.0"), line);
        final String token = line.split(" ")[1].replace("'", "");
        assertEquals("192.168.7.7", field12(token));
        assertEquals("15010", LaunchParameters.decrypt(token).fields().get(13));
    }
}
