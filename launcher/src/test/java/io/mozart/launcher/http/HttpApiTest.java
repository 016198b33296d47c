package io.mozart.launcher.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.LoginSession;
import io.mozart.launcher.config.HttpConfig;
import io.mozart.launcher.config.SecurityConfig;
import io.mozart.server.auth.AuthService;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API (spec 06 §6) over a real socket, a real AuthService and a migrated SQLite file. */
class HttpApiTest {

    private static final String JSON = "application/json";
    private static final String MISSING = "{\"success\":false,\"error\":\"missing parameters\"}";
    private static final String FAILED = "{\"success\":false,\"error\":\"failed\"}";
    private static final String TAKEN = "{\"success\":false,\"error\":\"username already taken\"}";

    @TempDir
    Path dir;

    private JdbiStorage storage;
    private ScheduledExecutorService scheduler;
    private AuthService auth;
    private HttpApi api;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() {
        storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        storage.migrate();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        auth = new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), scheduler, null);
        // Throttling has its own tests (HttpLimitsTest); these send many requests from one address.
        api = HttpApi.start(
                new HttpConfig(true, "127.0.0.1", 0),
                auth,
                SecurityConfig.HttpLimits.defaults().unthrottled());
    }

    @AfterEach
    void tearDown() {
        api.close();
        scheduler.shutdownNow();
        storage.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        final HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, JSON, json);
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static void assertToken(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/plain; charset=utf-8", contentType(r));
        assertTrue(r.body().matches("[0-9A-F]{32}"), r.body());
    }

    // ---------------------------------------------------------------- GET endpoints

    @Test
    void healthzAnswersHealthyAsPlainText() throws Exception {
        final HttpResponse<String> r = get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("text/plain", contentType(r));
        assertEquals("Healthy", r.body());
    }

    @Test
    void pingAnswersPongAsJson() throws Exception {
        final HttpResponse<String> r = get("/ping");
        assertEquals(200, r.statusCode());
        assertEquals("application/json; charset=utf-8", contentType(r));
        assertEquals("{\"success\":true,\"message\":\"pong\"}", r.body());
    }

    @Test
    void pathsMatchIgnoringCaseAndOneTrailingSlashAndTheQuery() throws Exception {
        assertEquals("Healthy", get("/HealthZ/").body());
        assertEquals(200, get("/ping?x=1").statusCode());
    }

    // ---------------------------------------------------------------- POST /register

    @Test
    void registerCreatesTheAccountAndReturnsATokenThatAuthorizes() throws Exception {
        final HttpResponse<String> r = post("/register", "{\"username\":\"alice\",\"password\":\"s3cret\"}");
        assertToken(r);
        final LoginSession session = auth.authorize(r.body()).orElseThrow();
        assertEquals("alice", session.username());
        assertEquals("127.0.0.1", session.address(), "client address = the HTTP peer IP");
        assertEquals(
                Gender.MALE,
                storage.characters().findByUsername("alice").orElseThrow().gender(),
                "gender defaults to Male");
        assertEquals(
                false,
                storage.characters().findByUsername("alice").orElseThrow().administrator());
    }

    @Test
    void registerMatchesPropertyNamesIgnoringCaseAndReadsNumbersFromStrings() throws Exception {
        assertToken(post("/register", "{\"UserName\":\"bea\",\"PASSWORD\":\"pw\",\"Gender\":\"0\"}"));
        assertEquals(
                Gender.FEMALE,
                storage.characters().findByUsername("bea").orElseThrow().gender());
        assertToken(post("/register", "{\"username\":\"cid\",\"password\":\"pw\",\"gender\":2,\"extra\":[1]}"));
        // Any is stored like Male (Sex = 1, spec 06 §1.9); what matters is that 2 was accepted.
        assertEquals(
                Gender.MALE,
                storage.characters().findByUsername("cid").orElseThrow().gender());
    }

    @Test
    void registerOfATakenNameIs409AndWritesNothing() throws Exception {
        assertToken(post("/register", "{\"username\":\"alice\",\"password\":\"one\"}"));
        final HttpResponse<String> again = post("/register", "{\"username\":\"ALICE\",\"password\":\"two\"}");
        assertEquals(409, again.statusCode());
        assertEquals("application/json; charset=utf-8", contentType(again));
        assertEquals(TAKEN, again.body());
        assertTrue(storage.characters().findByUsername("ALICE").isEmpty());
        assertEquals(
                422,
                post("/authenticate", "{\"username\":\"alice\",\"password\":\"two\"}")
                        .statusCode(),
                "the first password stays");
    }

    @Test
    void registerWithoutUsernameOrPasswordIs400MissingParameters() throws Exception {
        for (final String body : new String[] {
            "{}",
            "{\"username\":\"a\"}",
            "{\"password\":\"p\"}",
            "{\"username\":\"\",\"password\":\"p\"}",
            "{\"username\":\"a\",\"password\":null}"
        }) {
            final HttpResponse<String> r = post("/register", body);
            assertEquals(400, r.statusCode(), body);
            assertEquals(MISSING, r.body(), body);
        }
        assertTrue(storage.members().findByUsername("a").isEmpty());
    }

    @Test
    void registerOfANameMozartRefusesIs422WithTheRule() throws Exception {
        for (final String name : new String[] {"a".repeat(21), "a:b", " pad", "tab\\t"}) {
            final HttpResponse<String> r = post("/register", "{\"username\":\"" + name + "\",\"password\":\"pw\"}");
            assertEquals(422, r.statusCode(), name);
            assertTrue(r.body().startsWith("{\"success\":false,\"error\":\"username must "), r.body());
        }
        assertToken(post("/register", "{\"username\":\"" + "b".repeat(20) + "\",\"password\":\"pw\"}"));
    }

    @Test
    void registerWithAGenderOutsideTheEnumIs400() throws Exception {
        final HttpResponse<String> r = post("/register", "{\"username\":\"a\",\"password\":\"p\",\"gender\":3}");
        assertEquals(400, r.statusCode());
        assertEquals("{\"success\":false,\"error\":\"gender must be 0 (Female), 1 (Male) or 2 (Any)\"}", r.body());
        for (final String gender : new String[] {"\"Male\"", "1.5", "true", "\"\""}) {
            final HttpResponse<String> bad =
                    post("/register", "{\"username\":\"a\",\"password\":\"p\",\"gender\":" + gender + "}");
            assertEquals(400, bad.statusCode(), gender);
            assertEquals("", bad.body(), gender);
        }
        assertTrue(storage.members().findByUsername("a").isEmpty());
    }

    @Test
    void nonAsciiNamesAndPasswordsSurviveUtf8() throws Exception {
        final String token = post("/register", "{\"username\":\"Jürgen\",\"password\":\"pässwörd\"}")
                .body();
        assertEquals("Jürgen", auth.authorize(token).orElseThrow().username());
        assertEquals(
                token,
                post("/authenticate", "{\"username\":\"Jürgen\",\"password\":\"pässwörd\"}")
                        .body());
        final byte[] latin1 =
                "{\"username\":\"Jürgen\",\"password\":\"pässwörd\"}".getBytes(StandardCharsets.ISO_8859_1);
        final HttpResponse<String> declared = send(HttpRequest.newBuilder(uri("/authenticate"))
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
                .build());
        assertEquals(token, declared.body(), "a declared charset is honoured");
    }

    // ---------------------------------------------------------------- POST /authenticate

    @Test
    void authenticateReturnsTheSameTokenAsRegister() throws Exception {
        final String token = post("/register", "{\"username\":\"alice\",\"password\":\"s3cret\"}")
                .body();
        final HttpResponse<String> r = post("/authenticate", "{\"Username\":\"alice\",\"Password\":\"s3cret\"}");
        assertToken(r);
        assertEquals(token, r.body());
        assertTrue(auth.authorize(r.body()).isPresent());
    }

    @Test
    void authenticateCreatesALoginRowForAnAccountRegisteredElsewhere() throws Exception {
        auth.register("cli", "pw", Gender.FEMALE, false);
        final HttpResponse<String> r = post("/authenticate", "{\"username\":\"cli\",\"password\":\"pw\"}");
        assertToken(r);
        assertEquals("127.0.0.1", auth.authorize(r.body()).orElseThrow().address());
    }

    @Test
    void authenticateWithABadPasswordOrUnknownUserIs422Failed() throws Exception {
        auth.register("alice", "s3cret", Gender.MALE, false);
        for (final String body : new String[] {
            "{\"username\":\"alice\",\"password\":\"wrong\"}",
            "{\"username\":\"ALICE\",\"password\":\"s3cret\"}",
            "{\"username\":\"bob\",\"password\":\"x\"}"
        }) {
            final HttpResponse<String> r = post("/authenticate", body);
            assertEquals(422, r.statusCode(), body);
            assertEquals("application/json; charset=utf-8", contentType(r));
            assertEquals(FAILED, r.body(), body);
        }
        assertTrue(storage.loginSessions().findByUsername("alice").isEmpty());
    }

    @Test
    void authenticateWithoutUsernameOrPasswordIs400MissingParameters() throws Exception {
        for (final String body :
                new String[] {"{}", "{\"username\":\"a\",\"password\":\"\"}", "{\"username\":null,\"password\":\"p\"}"
                }) {
            final HttpResponse<String> r = post("/authenticate", body);
            assertEquals(400, r.statusCode(), body);
            assertEquals(MISSING, r.body(), body);
        }
    }

    // ---------------------------------------------------------------- framework answers

    @Test
    void aBodyThatIsNotOneJsonObjectIs400WithAnEmptyBody() throws Exception {
        for (final String body : new String[] {
            "",
            "{",
            "[]",
            "\"x\"",
            "null",
            "{} {}",
            "{\"username\":1,\"password\":\"p\"}",
            "{\"username\":\"a\",\"password\":{}}",
            "username=a&password=p",
            "[".repeat(8000) + "]".repeat(8000)
        }) {
            for (final String path : new String[] {"/authenticate", "/register"}) {
                final HttpResponse<String> r = post(path, body);
                final String what = path + " " + body.substring(0, Math.min(body.length(), 40));
                assertEquals(400, r.statusCode(), what);
                assertEquals("", r.body(), what);
            }
        }
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeIs415() throws Exception {
        final String body = "{\"username\":\"a\",\"password\":\"p\"}";
        for (final String type : new String[] {
            "text/plain", "application/x-www-form-urlencoded", "application/json; charset=no-such-charset"
        }) {
            assertEquals(415, post("/register", type, body).statusCode(), type);
            assertEquals(415, post("/authenticate", type, body).statusCode(), type);
        }
        assertEquals(415, post("/register", null, body).statusCode(), "no content type");
        assertTrue(storage.members().findByUsername("a").isEmpty());
        assertToken(post("/register", "Application/JSON; charset=utf-8", body));
        assertToken(post("/authenticate", "text/json", body));
        assertToken(post("/authenticate", "application/vnd.mozart+json", body));
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        assertEquals(404, get("/").statusCode());
        assertEquals(404, get("/users").statusCode());
        assertEquals(404, post("/register/x", "{}").statusCode());
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        final HttpResponse<String> r = get("/register");
        assertEquals(405, r.statusCode());
        assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
        assertEquals(405, get("/authenticate").statusCode());
        final HttpResponse<String> p = post("/ping", "{}");
        assertEquals(405, p.statusCode());
        assertEquals("GET", p.headers().firstValue("Allow").orElse(""));
        assertEquals(
                405,
                send(HttpRequest.newBuilder(uri("/healthz"))
                                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode());
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutContentLength() throws Exception {
        final String fits = "{\"username\":\"big\",\"password\":\"p\"}";
        final String atLimit = fits + " ".repeat(HttpApi.MAX_BODY_BYTES - fits.length());
        assertToken(post("/register", atLimit));
        final String over = atLimit + " ";
        assertEquals(413, post("/authenticate", over).statusCode());
        final byte[] bytes = over.getBytes(StandardCharsets.UTF_8);
        final HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/authenticate"))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build());
        assertEquals(413, chunked.statusCode(), "a chunked body is counted as it is read");
        assertEquals(200, get("/ping").statusCode(), "the server is still serving");
    }

    @Test
    void aStorageFailureIs500() throws Exception {
        auth.register("alice", "s3cret", Gender.MALE, false);
        storage.close();
        final HttpResponse<String> r = post("/authenticate", "{\"username\":\"alice\",\"password\":\"s3cret\"}");
        assertEquals(500, r.statusCode());
        assertEquals("{\"success\":false,\"error\":\"internal error\"}", r.body());
        assertEquals(
                500,
                post("/register", "{\"username\":\"bob\",\"password\":\"p\"}").statusCode());
    }

    @Test
    void eachRequestLogsOneLineWithoutTheBody() throws Exception {
        final String secret = "Hunter2-SECRET";
        // Read the log events themselves: the console appender keeps the stderr it saw when Logback started.
        final ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HttpApi.class);
        final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured =
                new ch.qos.logback.core.read.ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        final String log;
        try {
            post("/register", "{\"username\":\"logged\",\"password\":\"" + secret + "\"}");
            post("/authenticate", "{\"username\":\"logged\",\"password\":\"x" + secret + "\"}");
            post("/authenticate", "{\"username\":\"logged\",\"password\":" + secret + "}");
            final long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (requestLines(captured).split("HTTP POST").length < 4 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            log = requestLines(captured);
        } finally {
            logger.detachAppender(captured);
        }
        assertTrue(log.contains("HTTP POST /register 200 127.0.0.1"), log);
        assertTrue(log.contains("HTTP POST /authenticate 422 127.0.0.1"), log);
        assertTrue(log.contains("HTTP POST /authenticate 400 127.0.0.1"), log);
        assertEquals(3, log.split("HTTP POST", -1).length - 1, log);
        assertTrue(!log.contains(secret) && !log.contains("logged\""), log);
    }

    private static String requestLines(
            ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender) {
        final StringBuilder out = new StringBuilder();
        synchronized (appender) { // AppenderBase.doAppend holds this lock while it adds
            appender.list.forEach(e -> out.append(e.getFormattedMessage()).append('\n'));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- lifecycle

    @Test
    void portZeroBindsAFreePortAndCloseStopsListening() throws Exception {
        assertNotEquals(0, api.port());
        assertEquals(api.port(), api.address().getPort());
        api.close();
        api.close();
        assertThrows(ConnectException.class, () -> get("/healthz"));
    }

    @Test
    void aDisabledConfigOrATakenPortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HttpApi.start(new HttpConfig(false, "127.0.0.1", 0), auth));
        final UncheckedIOException e = assertThrows(
                UncheckedIOException.class, () -> HttpApi.start(new HttpConfig(true, "127.0.0.1", api.port()), auth));
        assertTrue(e.getMessage().contains("127.0.0.1:" + api.port()), e.getMessage());
    }
}
