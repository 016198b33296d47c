package io.mozart.benchmarks;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.server.auth.AuthService;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Registrations/s and authentications/s on a SQLite file (WAL). Registration = PBKDF2 hash + the
 * seven rows of spec 06 §1.9 in one transaction; authentication = member lookup + PBKDF2 verify +
 * login-row reuse; authorize = token lookup only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuthBenchmark {

    private Path dir;
    private JdbiStorage storage;
    private ScheduledExecutorService scheduler;
    private AuthService auth;
    private String token;
    private final AtomicLong counter = new AtomicLong();

    /** Opens a fresh migrated database with one registered user. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("mozart-bench");
        storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        storage.migrate();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        auth = new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), scheduler, null);
        auth.register("bench", "password", Gender.MALE, false);
        token = auth.authenticate("bench", "password", "127.0.0.1");
    }

    /** Closes and deletes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        storage.close();
        scheduler.shutdownNow();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** @return the new user's id */
    @Benchmark
    public int register() {
        return auth.register("u" + counter.incrementAndGet(), "password", Gender.MALE, false)
                .id();
    }

    /** @return the (reused) token */
    @Benchmark
    public String authenticate() {
        return auth.authenticate("bench", "password", "127.0.0.1");
    }

    /** @return the login row's user id */
    @Benchmark
    public int authorize() {
        return auth.authorize(token).orElseThrow().userId();
    }
}
