package io.mozart.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mozart.client.Bot;
import io.mozart.server.protocol.planet.AuthResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
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
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mozart.jar} with {@code plugins/mozart-example-plugin.jar} beside it, as an operator installs it: the
 * banner lists the plugin, an authorized client sends 0x7D00 and gets 0x7D01 with the server's time over a real
 * socket, and a plugin jar that cannot be loaded stops the start with a message naming it.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class MozartJarPluginIT {

    private static final long STEP_SECONDS = 60;

    private static Path mozartJar;
    private static Path pluginJar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJars() {
        mozartJar = Path.of("..", "launcher", "target", "mozart.jar")
                .toAbsolutePath()
                .normalize();
        pluginJar = Path.of("target", "mozart-example-plugin.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(mozartJar), "package the launcher first: " + mozartJar);
        assertTrue(Files.isRegularFile(pluginJar), "run after 'package': " + pluginJar);
    }

    private Path install() throws IOException {
        Path jar = Files.copy(mozartJar, dir.resolve("mozart.jar"));
        Files.createDirectories(dir.resolve("plugins"));
        return jar;
    }

    private static List<String> java(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

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
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
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
    void anAuthorizedClientGetsTheServerTimeFromThePlugin() throws Exception {
        Path jar = install();
        Files.copy(pluginJar, dir.resolve("plugins").resolve("mozart-example-plugin.jar"));
        int port = freePort();
        Process server = new ProcessBuilder(java(jar, "--Server:Port=" + port))
                .directory(dir.toFile())
                .redirectError(dir.resolve("server.err").toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
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
            List<String> seen = new ArrayList<>();
            while (seen.stream().noneMatch(l -> l.startsWith("Create an account:"))) {
                String line = lines.poll(STEP_SECONDS, TimeUnit.SECONDS);
                if (line == null) {
                    fail("no banner; stdout " + seen + "; stderr " + Files.readString(dir.resolve("server.err")));
                }
                seen.add(line);
            }
            assertTrue(seen.stream().anyMatch(l -> l.contains(" is listening on 127.0.0.1:" + port)), seen::toString);
            assertTrue(seen.contains("Plugins: server-time (mozart-example-plugin.jar)"), seen::toString);

            Run register = run(java(jar, "user:register", "alice", "s3cret"));
            assertEquals(0, register.code(), register::toString);
            Run authorize = run(java(jar, "user:authorize", "alice", "s3cret", "--Server:Port=" + port));
            assertEquals(0, authorize.code(), authorize::toString);
            String token = authorize.value("  Token:");

            try (Bot bot = Bot.connect("127.0.0.1", port, ServerTimePackets.REQUEST, ServerTimePackets.REPLY)) {
                bot.send(ServerTimeRequest.INSTANCE);
                assertEquals(
                        AuthResponse.INVALID,
                        bot.expect(AuthResponse.class),
                        "before Authorize the built-in guard answers as the protocol does");
                assertEquals(AuthResponse.SUCCESS, bot.authorize(token).result());
                long before = System.currentTimeMillis();
                bot.send(ServerTimeRequest.INSTANCE);
                long millis = bot.expect(ServerTimeReply.class).epochMillis();
                long after = System.currentTimeMillis();
                assertTrue(before <= millis && millis <= after, () -> before + " <= " + millis + " <= " + after);
            }
        } finally {
            server.toHandle().destroy();
            if (!server.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                fail("the server did not stop on SIGTERM");
            }
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }

    @Test
    void aPluginJarThatCannotBeLoadedStopsTheStartNamingTheJar() throws Exception {
        Path jar = install();
        Path broken = dir.resolve("plugins").resolve("broken-plugin.jar");
        try (OutputStream file = Files.newOutputStream(broken);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.mozart.api.plugin.MozartPlugin"));
            out.write("com.example.NoSuchPlugin\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Run start = run(java(jar, "--Server:Port=" + freePort()));
        assertEquals(1, start.code(), start::toString);
        assertTrue(start.err().contains("Error: Mozart could not start: plugin jar " + broken), start::toString);
        assertTrue(start.err().contains("com.example.NoSuchPlugin"), start::toString);
    }
}
