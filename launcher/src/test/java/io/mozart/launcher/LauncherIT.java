package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mozart.client.Bot;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code java -jar target/mozart.jar} as separate processes in an empty temporary directory. The
 * server starts with zero configuration (only the port is chosen, so the test does not collide with a real
 * server); commands register a user and print its token while the server runs on the same SQLite file; a bot
 * logs in with that token up to the lobby; the server stops cleanly on SIGTERM (what Ctrl-C sends, too).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LauncherIT {

    private static final long STEP_SECONDS = 60;

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of("target", "mozart.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run after 'package': " + jar);
    }

    private static List<String> java(String... args) {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** A finished process: exit code and output. */
    private record Run(int code, String out, String err) {
        String value(String prefix) {
            return out.lines()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .map(l -> l.substring(prefix.length()).strip())
                    .orElseThrow(() -> new AssertionError("no '" + prefix + "' in " + this));
        }
    }

    private Run run(List<String> command) throws Exception {
        final Process process =
                new ProcessBuilder(command).directory(dir.toFile()).start();
        final CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        final CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void registerAuthorizeAndLogInToTheLobby() throws Exception {
        final int port = freePort();
        final Process server = new ProcessBuilder(java("--Server:Port=" + port))
                .directory(dir.toFile())
                .redirectError(dir.resolve("server.err").toFile())
                .start();
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        lines.add("read failed: " + e);
                    }
                },
                "server-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            final List<String> seen = new ArrayList<>();
            while (seen.stream().noneMatch(l -> l.contains(" is listening on 127.0.0.1:" + port))) {
                final String line = lines.poll(STEP_SECONDS, TimeUnit.SECONDS);
                if (line == null) {
                    fail("no 'listening' line; stdout " + seen + "; stderr "
                            + Files.readString(dir.resolve("server.err")));
                }
                seen.add(line);
            }
            assertTrue(Files.isRegularFile(dir.resolve("O2JAM.db")), "zero-config SQLite file in the working dir");
            // The hints name the way this process was started: java -jar and this jar's path.
            while (seen.stream().noneMatch(l -> l.startsWith("Create an account:"))) {
                seen.add(lines.poll(STEP_SECONDS, TimeUnit.SECONDS));
            }
            assertTrue(
                    seen.contains("Create an account:  java -jar " + jar + " user:register <username> <password>"),
                    seen::toString);

            final Run register = run(java("user:register", "alice", "s3cret"));
            assertEquals(0, register.code(), register::toString);
            assertEquals("User has been registered successfully", register.out().strip());
            final Run authorize = run(java("user:authorize", "alice", "s3cret", "--Server:Port=" + port));
            assertEquals(0, authorize.code(), authorize::toString);
            final String token = authorize.value("  Token:");
            assertTrue(token.matches("[0-9A-F]{32}"), authorize::toString);

            try (Bot bot = Bot.connect("127.0.0.1", port)) {
                bot.login(token, 0);
                final CharacterInfoResponse info = bot.characterInfo().info();
                assertEquals("alice", info.nickname());
                final Bot.ChannelInfo channel = bot.channelInfo();
                assertEquals(1, channel.users().users().size(), channel::toString);
            }
        } finally {
            // Process.destroy() would also close our end of stdout; the handle only sends SIGTERM.
            server.toHandle().destroy();
            if (!server.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                fail("the server did not stop on SIGTERM");
            }
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(server.isAlive());
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            // Windows has no SIGTERM: the process is terminated without running shutdown hooks.
            assertTrue(lines.contains("Mozart stopped."), () -> "stdout after stop: " + lines);
        }
        final String log = Files.readString(dir.resolve("server.err"));
        final String listening = "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO MozartServerImpl"
                + " - Mozart listening on 127\\.0\\.0\\.1:" + port + " .*";
        assertTrue(log.lines().anyMatch(l -> l.matches(listening)), log);
    }

    @Test
    void loggingLevelIsAnOption() throws Exception {
        // Admin commands print no INFO lines by default (issue 10); Logging:Level raises it.
        final Run quiet = run(java("db:migrate"));
        assertEquals(0, quiet.code(), quiet::toString);
        assertEquals("Database successfully migrated", quiet.out().strip());
        assertEquals("", quiet.err(), quiet::toString);
        final Run info = run(java("db:migrate", "--Logging:Level=Info"));
        assertEquals(0, info.code(), info::toString);
        assertTrue(info.err().contains(" INFO JdbiStorage - database migrated"), info::toString);
    }

    @Test
    void theManifestDeclaresNativeAccess() throws Exception {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertEquals("ALL-UNNAMED", file.getManifest().getMainAttributes().getValue("Enable-Native-Access"));
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theScriptsHintsNameTheScriptAsItWasCalled() throws Exception {
        final Path script = Path.of("..", "mozart").toAbsolutePath().normalize();
        final Process server = new ProcessBuilder(script.toString(), "--Server:Port=" + freePort())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while (line != null && !line.startsWith("Create an account:")) {
                line = r.readLine();
            }
            assertEquals("Create an account:  " + script + " user:register <username> <password>", line);
        } finally {
            server.toHandle().destroy();
            server.waitFor(STEP_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBadValueExitsWithCode2() throws Exception {
        final Run r = run(java("--Server:Port=fifteen"));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("Configuration error: Server:Port"), r::toString);
        assertFalse(Files.exists(dir.resolve("O2JAM.db")));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theMozartScriptRunsTheJarInTheCallersDirectory() throws Exception {
        final Path script = Path.of("..", "mozart").toAbsolutePath().normalize();
        assertTrue(Files.isExecutable(script), script::toString);
        final Run version = run(List.of(script.toString(), "version"));
        assertEquals(0, version.code(), version::toString);
        assertEquals("Mozart", version.out().lines().findFirst().orElseThrow());
        final Run migrate = run(List.of(script.toString(), "db:migrate"));
        assertEquals(0, migrate.code(), migrate::toString);
        assertTrue(Files.isRegularFile(dir.resolve("O2JAM.db")), "created where the caller runs it");
    }
}
