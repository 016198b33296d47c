package io.mozart.launcher.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Names;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.launcher.config.HttpConfig;
import io.mozart.launcher.config.SecurityConfig;
import io.mozart.server.auth.AuthException;
import io.mozart.server.auth.AuthService;
import io.mozart.server.auth.NameRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional HTTP API (spec 06 §6) on the JDK's built-in HTTP server: {@code GET /healthz},
 * {@code GET /ping}, {@code POST /authenticate} and {@code POST /register}; with metrics on, also
 * {@code GET /metrics} (Prometheus text format, Mozart's own endpoint). No authentication on any
 * endpoint; it listens on {@code Http:Address:Http:Port} (loopback by default).
 *
 * <p>Framework answers: unknown path 404, wrong method 405 (with {@code Allow}), a body that is not JSON
 * by its content type 415, a body over {@value #MAX_BODY_BYTES} bytes 413, a body that is not one JSON
 * object or has a property of the wrong type 400 with an empty body, an unexpected failure 500, a request
 * arriving while the API closes 503. Paths match
 * ignoring case and one trailing slash, as ASP.NET routing does.
 *
 * <p>Limits (issue 15, {@link SecurityConfig.HttpLimits}): a request must arrive, headers and body, within
 * {@code Http:BodyTimeout} or its connection is closed; when every worker is busy and the queue is full, a
 * request is answered 503 with {@code Retry-After} instead of being reset; {@code /authenticate} and
 * {@code /register} are throttled per client IP and, for failed attempts, per account name (token buckets,
 * 429 with {@code Retry-After}).
 *
 * <p>Each request logs one line (method, path, status, peer, time); bodies, and so passwords, are never
 * logged.
 */
public final class HttpApi implements AutoCloseable {

    /** Largest accepted request body. */
    public static final int MAX_BODY_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private static final int QUEUE = 64;
    private static final int OVERFLOW_QUEUE = 256;
    private static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";
    /** Set while an overflow thread runs an exchange: answer 503 at once, read nothing. */
    private static final ThreadLocal<Boolean> BUSY = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private static final int BACKLOG = 64;
    private static final int STOP_SECONDS = 2;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final ThreadPoolExecutor overflow;
    private final AuthService auth;
    private final Throttle perIp;
    private final Throttle perAccount;
    private final Map<String, Route> routes;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    private HttpApi(
            HttpServer server,
            ThreadPoolExecutor executor,
            ThreadPoolExecutor overflow,
            AuthService auth,
            SecurityConfig.HttpLimits limits,
            Supplier<String> metrics) {
        this.server = server;
        this.executor = executor;
        this.overflow = overflow;
        this.auth = auth;
        this.perIp = new Throttle(limits.ipPerMinute(), limits.ipBurst(), System::nanoTime);
        this.perAccount = new Throttle(limits.accountPerMinute(), limits.accountBurst(), System::nanoTime);
        final Map<String, Route> table = new HashMap<>(Map.of(
                "/healthz", new Route("GET", exchange -> Reply.text(200, "text/plain", "Healthy")),
                "/ping", new Route("GET", exchange -> Reply.json(200, success("message", "pong"))),
                "/authenticate", new Route("POST", this::authenticate),
                "/register", new Route("POST", this::register)));
        if (metrics != null) {
            // Prometheus text exposition format 0.0.4 (what Prometheus scrapes by default).
            table.put("/metrics", new Route("GET", exchange -> Reply.text(200, PROMETHEUS, metrics.get())));
        }
        this.routes = Map.copyOf(table);
    }

    /**
     * Binds and starts the HTTP API.
     *
     * @param config the {@code [Http]} section; must be enabled (the launcher checks {@code Http:Enabled});
     *               port 0 binds a free port, see {@link #port()}
     * @param auth   the running server's auth service (the same storage and auth mode as the game server)
     * @return the running API; {@link #close()} stops it
     * @throws IllegalArgumentException when {@code config} is not enabled
     * @throws UncheckedIOException     when the address cannot be bound, naming it
     */
    public static HttpApi start(HttpConfig config, AuthService auth) {
        return start(config, auth, SecurityConfig.HttpLimits.defaults(), null);
    }

    /**
     * Binds and starts the HTTP API with its limits, without {@code GET /metrics}.
     *
     * @param config the {@code [Http]} section; must be enabled
     * @param auth   the running server's auth service
     * @param limits threads, body timeout and throttles
     * @return the running API; {@link #close()} stops it
     */
    public static HttpApi start(HttpConfig config, AuthService auth, SecurityConfig.HttpLimits limits) {
        return start(config, auth, limits, null);
    }

    /**
     * Binds and starts the HTTP API with {@code GET /metrics} and the default limits.
     *
     * @param config  the {@code [Http]} section; must be enabled
     * @param auth    the running server's auth service
     * @param metrics produces the Prometheus text for {@code GET /metrics}; {@code null} for no such endpoint (404)
     * @return the running API
     */
    public static HttpApi start(HttpConfig config, AuthService auth, Supplier<String> metrics) {
        return start(config, auth, SecurityConfig.HttpLimits.defaults(), metrics);
    }

    /**
     * Binds and starts the HTTP API with its limits and {@code GET /metrics}.
     *
     * @param config  the {@code [Http]} section; must be enabled
     * @param auth    the running server's auth service
     * @param limits  threads, body timeout and throttles. The body timeout is the JDK HTTP server's
     *                {@code sun.net.httpserver.maxReqTime}, which the JDK reads once per process: the first API
     *                started in a JVM sets it (unless the property was given on the command line)
     * @param metrics produces the Prometheus text for {@code GET /metrics}; {@code null} for no such endpoint (404)
     * @return the running API; {@link #close()} stops it
     */
    public static HttpApi start(
            HttpConfig config, AuthService auth, SecurityConfig.HttpLimits limits, Supplier<String> metrics) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(limits, "limits");
        if (System.getProperty(MAX_REQ_TIME) == null) {
            System.setProperty(MAX_REQ_TIME, Long.toString(limits.bodyTimeout().toSeconds()));
        }
        Objects.requireNonNull(auth, "auth");
        if (!config.enabled()) {
            throw new IllegalArgumentException("Http:Enabled is false; the HTTP API must not start");
        }
        final InetSocketAddress address = config.socketAddress();
        final HttpServer server;
        try {
            server = HttpServer.create(address, BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "HTTP API cannot listen on " + config.address() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        // Bounded: when every worker is busy and the queue is full, one overflow thread answers 503 at once.
        final ThreadPoolExecutor overflow = new ThreadPoolExecutor(
                1,
                1,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(OVERFLOW_QUEUE),
                threads("mozart-http-busy-"),
                (r, pool) -> LOG.warn("HTTP API overloaded: a connection is dropped unanswered"));
        overflow.allowCoreThreadTimeOut(true);
        final ThreadPoolExecutor executor = new ThreadPoolExecutor(
                limits.threads(),
                limits.threads(),
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                threads("mozart-http-"),
                (r, pool) -> overflow.execute(() -> {
                    BUSY.set(Boolean.TRUE);
                    try {
                        r.run();
                    } finally {
                        BUSY.set(Boolean.FALSE);
                    }
                }));
        executor.allowCoreThreadTimeOut(true);
        final HttpApi api = new HttpApi(server, executor, overflow, auth, limits, metrics);
        server.createContext("/", api::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("HTTP API listening on http://{}:{}", config.address(), api.port());
        return api;
    }

    private static ThreadFactory threads(String prefix) {
        final AtomicInteger n = new AtomicInteger();
        return r -> {
            final Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** @return the bound port (the real one when 0 was configured) */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return the bound socket address */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Answers new requests with 503, waits up to 2 s for requests in progress, then stops
     * listening and stops the worker threads. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // HttpServer.stop(delay) of JDK 17 always sleeps the whole delay, so wait for our own requests instead.
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
        try {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdown();
        overflow.shutdown();
        try {
            if (!executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
            if (!overflow.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                overflow.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            overflow.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.info("HTTP API stopped");
    }

    private void handle(HttpExchange exchange) {
        final long started = System.nanoTime();
        final String method = exchange.getRequestMethod();
        final String path = exchange.getRequestURI().getRawPath();
        int status = 500;
        inFlight.incrementAndGet();
        try (exchange) {
            Reply reply;
            try {
                reply = closed.get()
                        ? Reply.empty(503)
                        : BUSY.get() ? failure(503, "busy, try again").retryAfter(1) : dispatch(exchange, method, path);
            } catch (Rejected e) {
                reply = e.reply();
            } catch (RuntimeException e) {
                LOG.warn("HTTP {} {} failed: {}", method, path, e.getClass().getName());
                reply = failure(500, "internal error");
            }
            status = reply.status();
            reply.send(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.debug("HTTP {} {}: reply not sent: {}", method, path, e.toString());
        } finally {
            inFlight.decrementAndGet();
            LOG.info(
                    "HTTP {} {} {} {} {} ms",
                    method,
                    path,
                    status,
                    peer(exchange),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Reply dispatch(HttpExchange exchange, String method, String path) throws Rejected {
        final Route route = routes.get(normalise(path));
        if (route == null) {
            return Reply.empty(404);
        }
        if (!route.method().equals(method)) {
            exchange.getResponseHeaders().set("Allow", route.method());
            return Reply.empty(405);
        }
        return route.handler().handle(exchange);
    }

    private static String normalise(String path) {
        final String p = path == null || path.isEmpty() ? "/" : path;
        final String trimmed = p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** POST /authenticate: 200 token, 400 missing parameters, 422 failed, 429 throttled. */
    private Reply authenticate(HttpExchange exchange) throws Rejected {
        throttleIp(exchange);
        final JsonRequest body = readJson(exchange);
        final Optional<String> username = string(body, "username");
        final Optional<String> password = string(body, "password");
        if (username.isEmpty() || password.isEmpty()) {
            return failure(400, "missing parameters");
        }
        final String account = throttleAccount(username.get());
        try {
            return Reply.text(200, TEXT, auth.authenticate(username.get(), password.get(), peer(exchange)));
        } catch (AuthException e) {
            perAccount.take(account);
            return failure(422, "failed");
        }
    }

    /** Takes a token of the caller's IP bucket; an empty bucket ends the request with 429. */
    private void throttleIp(HttpExchange exchange) throws Rejected {
        final long wait = perIp.take(peer(exchange));
        if (wait > 0) {
            throw new Rejected(tooMany(wait));
        }
    }

    /**
     * @return the account's throttle key (its name as the uniqueness rule compares it); an account with no
     *         failed attempts left ends the request with 429
     */
    private String throttleAccount(String username) throws Rejected {
        final String key = Names.key(NameRules.normalise(username));
        final long wait = perAccount.peek(key);
        if (wait > 0) {
            throw new Rejected(tooMany(wait));
        }
        return key;
    }

    private static Reply tooMany(long seconds) {
        return failure(429, "too many attempts, retry in " + seconds + " s").retryAfter(seconds);
    }

    /**
     * POST /register: 200 token, 400 missing parameters or bad gender, 409 taken, 422 unusable name or password,
     * 429 throttled.
     */
    private Reply register(HttpExchange exchange) throws Rejected {
        throttleIp(exchange);
        final JsonRequest body = readJson(exchange);
        final Optional<String> username = string(body, "username");
        final Optional<String> password = string(body, "password");
        final OptionalInt gender;
        try {
            gender = body.integer("gender");
        } catch (JsonRequest.Malformed e) {
            throw new Rejected(Reply.empty(400));
        }
        if (username.isEmpty() || password.isEmpty()) {
            return failure(400, "missing parameters");
        }
        final int g = gender.orElse(Gender.MALE.value());
        if (g < 0 || g > 2) {
            return failure(400, "gender must be 0 (Female), 1 (Male) or 2 (Any)");
        }
        final String account = throttleAccount(username.get());
        try {
            auth.register(username.get(), password.get(), Gender.of(g), false);
        } catch (UsernameTakenException e) {
            perAccount.take(account);
            return failure(409, "username already taken");
        } catch (AuthException e) {
            // INVALID_REGISTRATION: the validator's message names the rule and never echoes the password.
            perAccount.take(account);
            return failure(422, e.getMessage());
        }
        return Reply.text(200, TEXT, auth.authenticate(username.get(), password.get(), peer(exchange)));
    }

    /** @return the property, empty when absent, null or the empty string; wrong type → 400 */
    private static Optional<String> string(JsonRequest body, String name) throws Rejected {
        try {
            return body.string(name).filter(s -> !s.isEmpty());
        } catch (JsonRequest.Malformed e) {
            throw new Rejected(Reply.empty(400));
        }
    }

    private static JsonRequest readJson(HttpExchange exchange) throws Rejected {
        final Charset charset = jsonCharset(exchange.getRequestHeaders().getFirst("Content-Type"));
        final String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
                    throw new Rejected(Reply.empty(413));
                }
            } catch (NumberFormatException e) {
                throw new Rejected(Reply.empty(400));
            }
        }
        final byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new Rejected(Reply.empty(400));
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new Rejected(Reply.empty(413));
        }
        try {
            return JsonRequest.parse(new String(bytes, charset));
        } catch (JsonRequest.Malformed e) {
            throw new Rejected(Reply.empty(400));
        }
    }

    /**
     * @param contentType the request's {@code Content-Type}, may be null
     * @return its charset (UTF-8 unless stated)
     * @throws Rejected 415 unless it is {@code application/json}, {@code text/json} or
     *                  {@code application/*+json} with a charset Java knows
     */
    @SuppressWarnings("StringSplitter") // split drops trailing empty parameters, as intended
    static Charset jsonCharset(String contentType) throws Rejected {
        if (contentType == null) {
            throw new Rejected(Reply.empty(415));
        }
        final String[] parts = contentType.split(";");
        final String type = parts[0].trim().toLowerCase(Locale.ROOT);
        final boolean json = type.equals("application/json")
                || type.equals("text/json")
                || (type.startsWith("application/") && type.endsWith("+json"));
        if (!json) {
            throw new Rejected(Reply.empty(415));
        }
        Charset charset = StandardCharsets.UTF_8;
        for (int i = 1; i < parts.length; i++) {
            final String[] kv = parts[i].split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                final String name = kv[1].trim().replace("\"", "");
                try {
                    charset = Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new Rejected(Reply.empty(415));
                }
            }
        }
        return charset;
    }

    /** @return the peer's IP as text (IPv6 without scope), {@code 0.0.0.0} when unknown */
    private static String peer(HttpExchange exchange) {
        final InetSocketAddress remote = exchange.getRemoteAddress();
        final InetAddress ip = remote == null ? null : remote.getAddress();
        if (ip == null) {
            return AuthService.UNKNOWN_ADDRESS;
        }
        final String text = ip.getHostAddress();
        final int scope = ip instanceof Inet6Address ? text.indexOf('%') : -1;
        return scope < 0 ? text : text.substring(0, scope);
    }

    private static ObjectNode success(String key, String value) {
        return JsonRequest.MAPPER.createObjectNode().put("success", true).put(key, value);
    }

    private static Reply failure(int status, String error) {
        return Reply.json(
                status,
                JsonRequest.MAPPER.createObjectNode().put("success", false).put("error", error));
    }

    /** One endpoint: its method and handler. */
    private record Route(String method, Handler handler) {}

    /** An endpoint's work; may end early with {@link Rejected}. */
    @FunctionalInterface
    private interface Handler {
        Reply handle(HttpExchange exchange) throws Rejected;
    }

    /** Ends a request early with a framework answer (400, 413, 415). */
    static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Reply reply;

        Rejected(Reply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }

        /** @return the answer */
        Reply reply() {
            return reply;
        }
    }

    /**
     * A response.
     *
     * @param status      HTTP status
     * @param contentType content type, null for no body
     * @param body        body bytes
     * @param retryAfter  seconds for a {@code Retry-After} header, 0 for none
     */
    record Reply(int status, String contentType, byte[] body, long retryAfter) {

        static Reply empty(int status) {
            return new Reply(status, null, new byte[0], 0);
        }

        static Reply text(int status, String contentType, String text) {
            return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8), 0);
        }

        static Reply json(int status, ObjectNode node) {
            try {
                return new Reply(status, JSON, JsonRequest.MAPPER.writeValueAsBytes(node), 0);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON tree", e);
            }
        }

        /** @param seconds value of a {@code Retry-After} header @return this reply with it */
        Reply retryAfter(long seconds) {
            return new Reply(status, contentType, body, seconds);
        }

        void send(HttpExchange exchange) throws IOException {
            if (retryAfter > 0) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfter));
            }
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
