package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.launcher.http.HttpApi;
import io.mozart.server.auth.AuthService;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile and compose.yaml at the repository root (issue 13) are not built here (no Docker engine), so this
 * reads them as text: every {@code --Section:Key} and {@code Section__Key} they set must be a key the launcher binds,
 * the ports they expose must be the ones the command listens on, and the HEALTHCHECK's path must answer 200 on the
 * real HTTP API.
 */
class DeploymentFilesTest {

    private static final Pattern OPTION = Pattern.compile("--([A-Za-z]+(?::[A-Za-z0-9]+)+)=([^\"\\s]*)");
    private static final Pattern ENVIRONMENT = Pattern.compile("\\b([A-Za-z]+(?:__[A-Za-z0-9]+)+)\\s*[:=]");
    private static final Pattern HEALTH =
            Pattern.compile("HEALTHCHECK[\\s\\S]*?/dev/tcp/127\\.0\\.0\\.1/(\\d+)[\\s\\S]*?GET (/\\S*) HTTP");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(.+)$");

    @TempDir
    Path dir;

    private static String read(String name) throws IOException {
        // Surefire runs in the launcher module's directory; the files sit at the repository root.
        return Files.readString(Path.of("..").resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> keys(Pattern pattern, String text, String separator) {
        List<String> keys = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1).replace(separator, ":"));
        }
        return keys;
    }

    private static boolean known(String key) {
        String[] parts = key.split(":");
        if (parts.length == 4
                && parts[0].equalsIgnoreCase("Gateway")
                && parts[1].equalsIgnoreCase("Channels")
                && parts[2].matches("\\d+")) {
            return ConfigBinder.CHANNEL_KEYS.stream().anyMatch(k -> k.equalsIgnoreCase(parts[3]));
        }
        return ConfigBinder.KEYS.stream().anyMatch(k -> k.equalsIgnoreCase(key));
    }

    private static String option(String text, String key) {
        Matcher m = OPTION.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no --" + key + "= in the Dockerfile");
    }

    @Test
    void everyKeyTheDockerfileSetsIsAKeyTheLauncherBinds() throws IOException {
        String dockerfile = read("Dockerfile");
        List<String> keys = new ArrayList<>(keys(OPTION, dockerfile, ":"));
        keys.addAll(keys(ENVIRONMENT, dockerfile, "__"));
        assertTrue(
                keys.contains("Server:Address")
                        && keys.contains("Http:Port")
                        && keys.contains("Metadata:MusicList")
                        && keys.contains("Server:PublicAddress"),
                keys.toString());
        keys.forEach(key -> assertTrue(known(key), "the Dockerfile uses " + key + ", which the launcher ignores"));
        assertEquals("0.0.0.0", option(dockerfile, "Server:Address"));
        assertEquals("0.0.0.0", option(dockerfile, "Http:Address"));
        assertEquals("true", option(dockerfile, "Http:Enabled"));
    }

    @Test
    void everyKeyTheComposeFileSetsIsAKeyTheLauncherBinds() throws IOException {
        String compose = read("compose.yaml");
        List<String> keys = keys(ENVIRONMENT, compose, "__");
        assertTrue(keys.containsAll(List.of("Db:Driver", "Db:Url", "Server:PublicAddress")), keys.toString());
        keys.forEach(key -> assertTrue(known(key), "compose.yaml uses " + key + ", which the launcher ignores"));
        assertTrue(compose.contains("Db__Driver: Postgres"), "Db__Driver must name a driver the launcher knows");
        Matcher url = Pattern.compile("Db__Url: \"([^\"]+)\"").matcher(compose);
        assertTrue(url.find(), "Db__Url");
        String value = url.group(1).toLowerCase(Locale.ROOT);
        for (String part : List.of("host=postgres", "database=mozart", "username=mozart", "password=")) {
            assertTrue(value.contains(part), "Db__Url lacks " + part + " (docs/operations.md#postgresql)");
        }
    }

    @Test
    void theExposedPortsAreTheOnesTheCommandListensOn() throws IOException {
        String dockerfile = read("Dockerfile");
        Matcher expose = EXPOSE.matcher(dockerfile);
        assertTrue(expose.find(), "EXPOSE");
        List<String> exposed = List.of(expose.group(1).trim().split("\\s+"));
        assertTrue(exposed.contains(option(dockerfile, "Server:Port")), exposed.toString());
        assertTrue(exposed.contains(option(dockerfile, "Http:Port")), exposed.toString());
        Matcher health = HEALTH.matcher(dockerfile);
        assertTrue(health.find(), "HEALTHCHECK with /dev/tcp and GET");
        assertEquals(option(dockerfile, "Http:Port"), health.group(1), "the health check asks the HTTP port");
    }

    @Test
    void theHealthCheckPathAnswers200OnTheHttpApi() throws Exception {
        Matcher health = HEALTH.matcher(read("Dockerfile"));
        assertTrue(health.find(), "HEALTHCHECK with /dev/tcp and GET");
        String path = health.group(2);
        assertFalse(path.isEmpty());
        JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            storage.migrate();
            AuthService auth =
                    new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), scheduler, null);
            try (HttpApi api = HttpApi.start(new HttpConfig(true, "127.0.0.1", 0), auth)) {
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, response.statusCode(), path);
            }
        } finally {
            scheduler.shutdownNow();
            storage.close();
        }
    }
}
