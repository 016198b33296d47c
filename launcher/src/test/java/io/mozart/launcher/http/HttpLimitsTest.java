package io.mozart.launcher.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.SecurityOptions;
import io.mozart.api.storage.Gender;
import io.mozart.launcher.config.HttpConfig;
import io.mozart.launcher.config.SecurityConfig;
import io.mozart.server.auth.AuthService;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the HTTP API's throttles (429 with Retry-After, per IP from distinct loopback addresses and per
 * account), 503 when busy, and the request read timeout (2 s in this JVM, see launcher/pom.xml). Raw sockets,
 * so that each request can come from its own loopback source address.
 */
class HttpLimitsTest {

    @TempDir
    Path dir;

    private JdbiStorage storage;
    private ScheduledExecutorService scheduler;
    private HttpApi api;

    /** A raw HTTP/1.1 answer. */
    private record Answer(int status, List<String> headers, String body) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse(null);
        }
    }

    private HttpApi start(SecurityConfig.HttpLimits limits) {
        storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        storage.migrate();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        AuthService auth = new AuthService(
                storage,
                AuthMode.DEFAULT,
                "127.0.0.1",
                Clock.systemUTC(),
                scheduler,
                null,
                new SecurityOptions(1_000, 6, 0, 1));
        auth.register("alice", "secret", Gender.FEMALE, false);
        auth.register("bob", "secret", Gender.MALE, false);
        api = HttpApi.start(new HttpConfig(true, "127.0.0.1", 0), auth, limits);
        return api;
    }

    @AfterEach
    void tearDown() {
        if (api != null) {
            api.close();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (storage != null) {
            storage.close();
        }
    }

    private Socket connect(String from) throws IOException {
        Socket s = new Socket(InetAddress.getByName("127.0.0.1"), api.port(), InetAddress.getByName(from), 0);
        s.setSoTimeout(10_000);
        return s;
    }

    private static String request(String method, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (body.isEmpty() ? "" : "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n")
                + "\r\n" + body;
    }

    private static Answer read(Socket s) throws IOException {
        byte[] all = s.getInputStream().readAllBytes();
        String text = new String(all, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        return new Answer(
                Integer.parseInt(lines[0].split(" ")[1]),
                List.of(lines).subList(1, lines.length),
                text.substring(end + 4));
    }

    private Answer send(String from, String method, String path, String body) throws IOException {
        try (Socket s = connect(from)) {
            s.getOutputStream().write(request(method, path, body).getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return read(s);
        }
    }

    private Answer login(String from, String user, String password) throws IOException {
        return send(from, "POST", "/authenticate", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void eachAddressHasItsOwnBucketAndAnEmptyOneAnswers429WithRetryAfter() throws Exception {
        start(new SecurityConfig.HttpLimits(4, Duration.ofSeconds(10), 1, 3, 0, 1));
        for (int i = 0; i < 3; i++) {
            assertEquals(422, login("127.0.0.2", "nobody", "secret").status());
        }
        Answer throttled = login("127.0.0.2", "alice", "secret");
        assertEquals(429, throttled.status());
        long retry = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        assertEquals("{\"success\":false,\"error\":\"too many attempts, retry in " + retry + " s\"}", throttled.body());
        assertEquals(
                429,
                send("127.0.0.2", "POST", "/register", "{\"username\":\"carol\",\"password\":\"secret\"}")
                        .status(),
                "register shares the IP's bucket");
        assertEquals(200, login("127.0.0.3", "alice", "secret").status(), "another address is not affected");
        assertEquals(200, send("127.0.0.2", "GET", "/ping", "").status(), "only the auth endpoints are throttled");
    }

    @Test
    void failedLoginsLockOnlyThatAccountForAWhile() throws Exception {
        start(new SecurityConfig.HttpLimits(4, Duration.ofSeconds(10), 0, 1, 1, 2));
        assertEquals(200, login("127.0.0.4", "alice", "secret").status());
        assertEquals(200, login("127.0.0.4", "alice", "secret").status());
        assertEquals(200, login("127.0.0.4", "alice", "secret").status(), "successes cost nothing");
        assertEquals(422, login("127.0.0.5", "alice", "wrong1").status());
        assertEquals(422, login("127.0.0.6", "ALICE", "wrong2").status());
        Answer locked = login("127.0.0.7", "alice", "secret");
        assertEquals(429, locked.status(), "two failures from anywhere empty the account's bucket");
        assertTrue(Long.parseLong(locked.header("Retry-After")) >= 1);
        assertEquals(200, login("127.0.0.7", "bob", "secret").status(), "other accounts are not affected");
    }

    @Test
    void aFullServerAnswers503AndRecoversWhenSlowRequestsTimeOut() throws Exception {
        start(new SecurityConfig.HttpLimits(1, Duration.ofSeconds(2), 0, 1, 0, 1));
        List<Socket> slow = new ArrayList<>();
        try {
            // One worker blocked on a body that never comes, 64 more requests queued behind it.
            for (int i = 0; i < 65; i++) {
                Socket s = connect("127.0.0.8");
                s.getOutputStream()
                        .write(("POST /authenticate HTTP/1.1\r\nHost: x\r\n"
                                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                                .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(300);
            Answer busy = send("127.0.0.9", "GET", "/ping", "");
            assertEquals(503, busy.status());
            assertEquals("1", busy.header("Retry-After"));
            assertEquals("{\"success\":false,\"error\":\"busy, try again\"}", busy.body());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
        Answer later = null;
        for (int i = 0; i < 50 && (later == null || later.status() != 200); i++) {
            Thread.sleep(200);
            later = send("127.0.0.9", "GET", "/ping", "");
        }
        assertEquals(200, later.status(), "served again once the slow requests are gone");
    }

    @Test
    void aRequestWhoseBodyNeverArrivesIsClosedAndTheWorkerFreed() throws Exception {
        start(new SecurityConfig.HttpLimits(1, Duration.ofSeconds(2), 0, 1, 0, 1));
        try (Socket s = connect("127.0.0.10")) {
            s.getOutputStream()
                    .write(("POST /authenticate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100\r\n\r\n{\"user")
                            .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            int first;
            try {
                in.readAllBytes();
                first = -1;
            } catch (SocketTimeoutException e) {
                first = -2;
            } catch (IOException e) {
                first = -1; // reset: closed as well
            }
            assertEquals(-1, first, "the server closed the connection (sun.net.httpserver.maxReqTime = 2 s here)");
        }
        // The single worker is free again.
        assertEquals(200, send("127.0.0.10", "GET", "/ping", "").status());
    }

    @Test
    void refusedNamesAndShortPasswordsAre422WithTheRule() throws Exception {
        start(SecurityConfig.HttpLimits.defaults().unthrottled());
        Answer invisible =
                send("127.0.0.11", "POST", "/register", "{\"username\":\"ali\\u200bce\",\"password\":\"secret\"}");
        assertEquals(422, invisible.status());
        assertEquals(
                "{\"success\":false,\"error\":\"username must not contain invisible, control or format characters"
                        + " (found U+200B)\"}",
                invisible.body());
        Answer mixed = send("127.0.0.11", "POST", "/register", "{\"username\":\"\u0430lice\",\"password\":\"secret\"}");
        assertEquals(422, mixed.status());
        assertEquals(
                "{\"success\":false,\"error\":\"username must not mix letters of different scripts (Cyrillic,"
                        + " Latin)\"}",
                mixed.body());
        Answer tooShort = send("127.0.0.11", "POST", "/register", "{\"username\":\"dave\",\"password\":\"12345\"}");
        assertEquals(422, tooShort.status());
        assertEquals("{\"success\":false,\"error\":\"password must have at least 6 characters\"}", tooShort.body());
        assertEquals(
                200,
                send("127.0.0.11", "POST", "/register", "{\"username\":\"dave\",\"password\":\"123456\"}")
                        .status());
    }
}
