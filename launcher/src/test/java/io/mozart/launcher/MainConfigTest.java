package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.launch.LaunchParameters;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Main} and the configuration: precedence as a command sees it, warnings, and exit code 2 for every kind
 * of bad value, for the server start and for a command, before anything is bound or written.
 */
class MainConfigTest {

    @TempDir
    Path root;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(root);
    }

    private int launchPort(String... args) {
        final Cli.Result r = cli.run(args);
        assertEquals(0, r.code(), r::toString);
        return Integer.parseInt(
                LaunchParameters.decrypt(r.value("  Launch token:")).gatewayPort());
    }

    @Test
    void precedenceIsDefaultsThenConfigIniThenMozartIniThenTheCommandLine() throws IOException {
        assertEquals(0, cli.run("user:register", "alice", "secret").code());
        assertEquals(15010, launchPort("user:authorize", "alice", "secret"));
        Files.writeString(cli.app().resolve("config.ini"), "[Server]\nPort=1000\nAddress = \"127.0.0.2\"\n");
        assertEquals(1000, launchPort("user:authorize", "alice", "secret"));
        Files.writeString(cli.app().resolve("mozart.ini"), "; local\n[server]\nport=2000\n");
        assertEquals(2000, launchPort("user:authorize", "alice", "secret"));
        assertEquals(3000, launchPort("--Server:Port=3000", "user:authorize", "alice", "secret"));
        assertEquals(4000, launchPort("user:authorize", "alice", "secret", "--Server:Port", "4000"));
        final Cli.Result r = cli.run("user:authorize", "alice", "secret");
        assertEquals(
                "127.0.0.2",
                LaunchParameters.decrypt(r.value("  Launch token:")).gatewayAddress());
    }

    @Test
    void theReferenceConfigIniLoadsUnchanged() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reference/config.ini")) {
            Files.copy(in, cli.app().resolve("config.ini"));
        }
        final Cli.Result r = cli.run("db:migrate");
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.err().contains("Warning"), r::toString);
        assertTrue(Files.isRegularFile(cli.database()));
    }

    @Test
    void anUnknownKeyIsAWarningNamingItAndTheProgramContinues() {
        final Cli.Result r = cli.run("version", "--Server:Colour=blue");
        assertEquals(0, r.code(), r::toString);
        assertTrue(
                r.err().lines().anyMatch(l -> l.startsWith("Warning: ") && l.contains("'Server:Colour'")), r::toString);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("--Server:Port=abc", "Server:Port"),
                Arguments.of("--Server:Port=70000", "Server:Port"),
                Arguments.of("--Http:Port=-1", "Http:Port"),
                Arguments.of("--Gateway:Timeout=soon", "Gateway:Timeout"),
                Arguments.of("--Auth:RevokeOnStartup=1", "Auth:RevokeOnStartup"),
                Arguments.of("--Gateway:Channels:1:Capacity=5", "Gateway:Channels:1:Id"),
                Arguments.of("--Gateway:Channels:2:Id=2", "Gateway:Channels:1"),
                Arguments.of("--Logging:Level=loud", "Logging:Level"),
                Arguments.of("--Db:Driver=SqlServer", "Db:Driver"),
                Arguments.of("--Db:Url=Data Source=:memory:", "Db:Url"),
                Arguments.of("-Server:Port=1", "Server:Port"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueStopsACommandWithExitCode2BeforeAnythingIsWritten(String override, String key) {
        final String[] args = Stream.concat(
                        Stream.of("user:register", "alice", "secret"), Stream.of(override.split("\\|")))
                .toArray(String[]::new);
        final Cli.Result r = cli.run(args);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("Configuration error: ") && r.err().contains(key), r::toString);
        assertFalse(Files.exists(cli.database()), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueStopsTheServerStartWithExitCode2BeforeAnythingIsBound(String override, String key)
            throws IOException {
        final int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        final String[] args = Stream.concat(Stream.of("--Server:Port=" + port), Stream.of(override.split("\\|")))
                .toArray(String[]::new);
        final Cli.Result r = cli.run(args);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("Configuration error: ") && r.err().contains(key), r::toString);
        assertFalse(Files.exists(cli.database()), "nothing written");
        try (ServerSocket free = new ServerSocket(port)) {
            assertEquals(port, free.getLocalPort(), "nothing bound");
        }
    }

    @Test
    void aChannelServerWithoutItsGatewayDoesNotStart() throws IOException {
        final int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        final Cli.Result r = cli.run(
                "--Server:Mode=Channel",
                "--Gateway:Address=127.0.0.1",
                "--Gateway:Port=" + port,
                "--Gateway:Timeout=1");
        assertEquals(1, r.code(), r::toString);
        assertTrue(
                r.err().startsWith("Error: Mozart could not start: cannot connect to 127.0.0.1:" + port), r::toString);
    }

    @Test
    void aMalformedConfigIniIsExitCode2() throws IOException {
        Files.writeString(cli.app().resolve("config.ini"), "[Server]\nPort 15010\n", StandardCharsets.UTF_8);
        final Cli.Result r = cli.run("version");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("config.ini"), r::toString);
    }
}
