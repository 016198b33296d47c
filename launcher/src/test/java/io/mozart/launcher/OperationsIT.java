package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/mozart.jar} as a child process: the port from the environment ({@code Server__Port}), the
 * command line winning over it, the banner in {@code logs/mozart.log}, and admin commands without INFO noise.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OperationsIT {

    private static final long STEP_SECONDS = 60;

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of("target", "mozart.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run after 'package': " + jar);
    }

    private ProcessBuilder java(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.contains("__"));
        builder.environment().putAll(env);
        return builder;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts a server, waits for its "listening" line, checks a connection, stops it with SIGTERM. */
    private List<String> serve(ProcessBuilder builder, int expectedPort) throws Exception {
        Process server =
                builder.redirectError(dir.resolve("server.err").toFile()).start();
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
        List<String> seen = new ArrayList<>();
        try {
            while (seen.stream().noneMatch(l -> l.contains(" is listening on 127.0.0.1:"))) {
                String line = lines.poll(STEP_SECONDS, TimeUnit.SECONDS);
                if (line == null) {
                    fail("no 'listening' line; stdout " + seen + "; stderr "
                            + Files.readString(dir.resolve("server.err")));
                }
                seen.add(line);
            }
            assertTrue(
                    seen.stream().anyMatch(l -> l.contains(" is listening on 127.0.0.1:" + expectedPort + " ")),
                    seen::toString);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", expectedPort), 5000);
            }
        } finally {
            server.destroy();
            if (!server.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                fail("the server did not stop on SIGTERM");
            }
        }
        return seen;
    }

    @Test
    void thePortComesFromTheEnvironmentAndTheBannerIsInTheLogFile() throws Exception {
        int port = freePort();
        List<String> banner = serve(java(Map.of("Server__Port", Integer.toString(port))), port);
        Path log = dir.resolve("logs").resolve("mozart.log");
        assertTrue(Files.isRegularFile(log), "logs/mozart.log in the working directory");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        String listening = banner.stream()
                .filter(l -> l.contains(" is listening on "))
                .findFirst()
                .orElseThrow();
        assertTrue(text.contains("INFO [main] io.mozart.launcher.Banner - " + listening), text);
        assertTrue(text.contains("Mozart listening on 127.0.0.1:" + port), "the server's own log line: " + text);
        String err = Files.readString(dir.resolve("server.err"), StandardCharsets.UTF_8);
        assertFalse(err.contains("Banner - "), "the console shows the banner once, on standard output: " + err);
        assertTrue(err.contains(" INFO MozartServerImpl - Mozart listening on"), err);
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() throws Exception {
        int fromEnvironment = freePort();
        int fromCommandLine = freePort();
        serve(
                java(Map.of("Server__Port", Integer.toString(fromEnvironment)), "--Server:Port=" + fromCommandLine),
                fromCommandLine);
    }

    private record Run(int code, String out, String err) {}

    private Run run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + builder.command());
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

    @Test
    void adminCommandsPrintNoInfoUnlessLoggingLevelAsksForIt() throws Exception {
        Run quiet = run(java(Map.of(), "user:register", "alice", "s3cret"));
        assertEquals(0, quiet.code(), quiet::toString);
        assertEquals("User has been registered successfully", quiet.out().strip());
        assertEquals("", quiet.err(), "no log noise on standard error");
        assertFalse(Files.exists(dir.resolve("logs")), "commands do not write the server's log file");

        Run chatty = run(java(Map.of("Logging__Level", "Debug"), "user:register", "bob", "s3cret"));
        assertEquals(0, chatty.code(), chatty::toString);
        assertTrue(chatty.err().contains(" DEBUG "), "Logging:Level raises it: " + chatty.err());
    }
}
