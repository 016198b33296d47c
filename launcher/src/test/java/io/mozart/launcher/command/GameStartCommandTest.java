package io.mozart.launcher.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.api.launch.LaunchParameters;
import io.mozart.launcher.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** game:start: its checks everywhere, and the printed command line where OTwo.exe cannot run. */
class GameStartCommandTest {

    @TempDir
    Path root;

    private Cli cli;
    private Path client;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(root);
        client = Files.createDirectories(root.resolve("O2Jam"));
        assertEquals(0, cli.run("user:register", "alice", "s3cret").code());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void printsTheExactCommandLineOffWindows() throws Exception {
        final Path exe = Files.write(client.resolve("otwo.EXE"), new byte[0]);
        final Cli.Result r = cli.run("game:start", "alice", "s3cret", client.toString(), "--Server:Port=15555");
        assertEquals(0, r.code(), r::toString);
        assertEquals(2, r.lines().size(), r::toString);
        assertEquals(
                "OTwo.exe runs on Windows only; start it in " + client + " with this command line:",
                r.lines().get(0));
        final String line = r.lines().get(1);
        final String[] words = line.split(" ");
        assertEquals(7, words.length, line);
        assertEquals("'" + exe + "'", words[0]);
        for (int i = 2; i < 7; i++) {
            assertEquals("'|test|??|127.0.0.1|15555'", words[i]);
        }
        final String launch = words[1].substring(1, words[1].length() - 1);
        final LaunchParameters p = LaunchParameters.decrypt(launch);
        final Cli.Result authorize = cli.run("user:authorize", "alice", "s3cret");
        assertEquals(authorize.value("  Token:"), p.username(), "the token of the login row game:start made");
        assertEquals("15555", p.gatewayPort());
    }

    @Test
    void refusesChannelModeAMissingClientAndBadCredentials() throws Exception {
        final Cli.Result channel = cli.run("game:start", "alice", "s3cret", client.toString(), "--Server:Mode=Channel");
        assertEquals(1, channel.code(), channel::toString);
        assertEquals(List.of("game:start is only available in Full or Gateway mode."), channel.lines());

        final Cli.Result missing = cli.run("game:start", "alice", "s3cret", client.toString());
        assertEquals(1, missing.code(), missing::toString);
        assertEquals(List.of("OTwo.exe was not found in: " + client), missing.lines());

        Files.write(client.resolve("OTwo.exe"), new byte[0]);
        final Cli.Result wrong = cli.run("game:start", "alice", "nope", client.toString());
        assertEquals(1, wrong.code(), wrong::toString);
        assertEquals(List.of("Unable to start O2Jam: Invalid username or password"), wrong.lines());
    }
}
